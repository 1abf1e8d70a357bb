using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Sales;

[Collection(SuiteCollection.Name)]
public sealed class LeadsAndCompaniesTests(SuiteFixture suite)
{
    private static string Digits() => Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_lead_needs_no_email_and_the_same_phone_is_flagged_as_a_possible_duplicate()
    {
        using var agent = await suite.ClientAsync("agent");
        var number = Digits();
        var first = await suite.CreateCustomerAsync(agent, new { firstName = "Rui", lastName = "Costa", phone = $"+351 {number}", lifecycleStage = "lead" });
        Assert.Equal(("", "lead", JsonValueKind.Null), (first.GetProperty("email").GetString(), first.GetProperty("lifecycleStage").GetString(), first.GetProperty("possibleDuplicateOf").ValueKind));
        var social = await suite.CreateCustomerAsync(agent, new { firstName = "Inês", lastName = "Lima", socialHandle = $"@ines{number}", lifecycleStage = "prospect" });
        Assert.Equal($"@ines{number}", social.GetProperty("socialHandle").GetString());

        var again = await suite.CreateCustomerAsync(agent, new { firstName = "R.", lastName = "Costa", phone = $"+351-{number[..3]} {number[3..]}", lifecycleStage = "lead" });
        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("possibleDuplicateOf").GetGuid());
        var matches = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{again.GetProperty("id")}/duplicates");
        Assert.Equal("phone", Assert.Single(Assert.Single(matches.EnumerateArray()).GetProperty("reasons").EnumerateArray()).GetString());

        using var nothing = await agent.PostAsJsonAsync("/api/customers", new { firstName = "No", lastName = "Contact", lifecycleStage = "lead" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nothing.StatusCode);
        Assert.Contains("email", (await nothing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        using var converted = await agent.PostAsync($"/api/customers/{first.GetProperty("id")}/convert", null);
        Assert.Equal("customer", (await converted.SuccessJsonAsync()).GetProperty("lifecycleStage").GetString());
        using var twice = await agent.PostAsync($"/api/customers/{first.GetProperty("id")}/convert", null);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsync($"/api/customers/{Guid.NewGuid()}/convert", null)).StatusCode);
    }

    [Fact]
    public async Task Companies_have_their_people_and_the_same_name_at_the_same_company_or_the_same_email_is_caught()
    {
        using var agent = await suite.ClientAsync("agent");
        var domain = $"acme{Guid.NewGuid():N}"[..16] + ".example";
        using var created = await agent.PostAsJsonAsync("/api/companies", new { name = "Acme Lda", domain, industry = "Retail" });
        var company = await created.SuccessJsonAsync();
        var companyId = company.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync("/api/companies", new { name = "Acme again", domain = domain.ToUpperInvariant() })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PostAsJsonAsync("/api/companies", new { name = "", domain = "not a domain" })).StatusCode);

        var email = $"marta.{Guid.NewGuid():N}@{domain}";
        var marta = await suite.CreateCustomerAsync(agent, new { firstName = "Marta", lastName = "Sousa", email, companyId, lifecycleStage = "lead" });
        var other = await suite.CreateCustomerAsync(agent, new { firstName = "marta", lastName = "SOUSA", socialHandle = "@msousa", companyId, lifecycleStage = "lead" });
        Assert.Equal(marta.GetProperty("id").GetGuid(), other.GetProperty("possibleDuplicateOf").GetGuid());
        var elsewhere = await suite.CreateCustomerAsync(agent, new { firstName = "Marta", lastName = "Sousa", socialHandle = "@marta2", lifecycleStage = "lead" });
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("possibleDuplicateOf").ValueKind);

        using var sameEmail = await agent.PostAsJsonAsync("/api/customers", new { firstName = "M", lastName = "S", email = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Conflict, sameEmail.StatusCode);
        var check = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/duplicates?email={Uri.EscapeDataString(email)}&firstName=Marta&lastName=Sousa&companyId={companyId}");
        var reasons = check.EnumerateArray().ToDictionary(m => m.GetProperty("customerId").GetGuid(), m => m.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList());
        Assert.Equal(["email", "name-company"], reasons[marta.GetProperty("id").GetGuid()]);
        Assert.Equal(["name-company"], reasons[other.GetProperty("id").GetGuid()]);

        var people = (await agent.GetFromJsonAsync<JsonElement>($"/api/companies/{companyId}")).GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(2, people.Count);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PostAsJsonAsync("/api/customers", new { firstName = "A", lastName = "B", phone = "912000111", companyId = Guid.NewGuid() })).StatusCode);
    }
}
