using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>Names people read are clean text in NFC, bodies name each property once, and look-alike emails are flagged.</summary>
[Collection(SuiteCollection.Name)]
public sealed class InputNormalisationTests(SuiteFixture suite)
{
    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<int> CountAsync(HttpClient staff, string q) =>
        (await (await staff.GetAsync($"/api/customers?q={Uri.EscapeDataString(q)}")).SuccessJsonAsync()).GetProperty("items").GetArrayLength();

    [Theory]
    [InlineData("firstName", "Ana\u0000")]
    [InlineData("firstName", "Ana\u0007Bell")]
    [InlineData("lastName", "Silva\u202Efdp.exe")]
    [InlineData("lastName", "\u2067Silva\u2069")]
    [InlineData("firstName", "\u200B\u200D")]
    [InlineData("lastName", "\u3164")]
    [InlineData("city", "Porto\u202E")]
    public async Task A_customer_name_with_control_bidi_or_only_invisible_characters_is_422_for_that_field_and_nothing_is_created(string field, string value)
    {
        using var agent = await suite.ClientAsync("agent");
        var marker = "norm" + Guid.NewGuid().ToString("N")[..10];
        var body = new Dictionary<string, object?> { ["firstName"] = "Ana", ["lastName"] = "Silva", ["email"] = $"{marker}@example.com", [field] = value };

        using var response = await agent.PostAsJsonAsync("/api/customers", body);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await CountAsync(agent, marker));
    }

    [Fact]
    public async Task Names_are_stored_in_nfc_whichever_way_the_accent_was_typed_and_a_patch_is_checked_the_same_way()
    {
        using var agent = await suite.ClientAsync("agent");
        var created = await suite.CreateCustomerAsync(agent, new { firstName = "Jose\u0301", lastName = "N\u0303un\u0303ez", email = $"jose.{Guid.NewGuid():N}@example.com", city = "Brasi\u0301lia" });
        Assert.Equal("José", created.GetProperty("firstName").GetString());
        Assert.Equal("Ñuñez".Normalize(NormalizationForm.FormC), created.GetProperty("lastName").GetString());

        var id = created.GetProperty("id").GetGuid();
        using var read = await agent.GetAsync($"/api/customers/{id}");
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/customers/{id}") { Content = JsonContent.Create(new { firstName = "Jo\u202Ese" }) };
        patch.Headers.IfMatch.Add(read.Headers.ETag!);
        var problem = await ProblemAsync(await agent.SendAsync(patch), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("firstName", out _));
        Assert.Equal("José", (await (await agent.GetAsync($"/api/customers/{id}")).SuccessJsonAsync()).GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task Partner_segment_campaign_survey_and_ticket_names_refuse_bidi_overrides_and_control_characters()
    {
        using var admin = await suite.ClientAsync("admin");
        var attempts = new (string Path, object Body, string Field)[]
        {
            ("/api/partners", new { name = "Acme\u202E", industry = "insurance" }, "name"),
            ("/api/partners", new { name = "Acme", industry = "\u200B" }, "industry"),
            ("/api/segments", new { name = "VIP\u0000", rules = new { all = new[] { new { field = "country", op = "eq", value = "PT" } } } }, "name"),
            ("/api/surveys", new { title = "\u2066NPS", kind = "custom", questions = new[] { new { key = "q", type = "rating", text = "t", required = true } } }, "title"),
            ("/api/tickets", new { customerId = Guid.NewGuid(), channel = "web", subject = "Refund\r\nBcc: all", description = "d", priority = "low" }, "subject"),
        };

        foreach (var (path, body, field) in attempts)
        {
            using var response = await admin.PostAsJsonAsync(path, body);
            var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{path} names {field}");
        }
    }

    [Theory]
    [InlineData("/api/customers", "{\"firstName\":\"Ana\",\"lastName\":\"Silva\",\"email\":\"MARKER@example.com\",\"email\":\"other.MARKER@example.com\"}")]
    [InlineData("/api/customers", "{\"firstName\":\"Ana\",\"FirstName\":\"Eve\",\"lastName\":\"Silva\",\"email\":\"MARKER@example.com\"}")]
    [InlineData("/api/tickets", "{\"customerId\":\"00000000-0000-0000-0000-000000000001\",\"channel\":\"web\",\"subject\":\"a\",\"subject\":\"b\",\"description\":\"d\",\"priority\":\"low\"}")]
    [InlineData("/api/segments", "{\"name\":\"MARKER\",\"name\":\"x\",\"rules\":{\"all\":[]}}")]
    [InlineData("/api/surveys", "{\"title\":\"MARKER\",\"kind\":\"custom\",\"kind\":\"nps\",\"questions\":[]}")]
    [InlineData("/api/partners", "{\"name\":\"MARKER\",\"industry\":\"a\",\"industry\":\"b\"}")]
    public async Task A_body_that_names_a_property_twice_is_400_in_every_service(string path, string json)
    {
        using var admin = await suite.ClientAsync("admin");
        var marker = "dup" + Guid.NewGuid().ToString("N")[..10];

        using var response = await admin.PostAsync(path, Raw(json.Replace("MARKER", marker, StringComparison.Ordinal)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request body names a property twice.", problem.GetProperty("title").GetString());
        Assert.Equal(0, await CountAsync(admin, marker));
    }

    [Fact]
    public async Task An_email_with_a_cyrillic_look_alike_letter_is_a_new_customer_flagged_as_a_possible_duplicate_of_the_existing_one()
    {
        using var agent = await suite.ClientAsync("agent");
        var unique = Guid.NewGuid().ToString("N")[..10];
        var original = await suite.CreateCustomerAsync(agent, new { firstName = "Ana", lastName = "Silva", email = $"ana.{unique}@example.com" });

        var lookAlike = await suite.CreateCustomerAsync(agent, new { firstName = "Ana", lastName = "Silva", email = $"\u0430na.{unique}@example.com" });

        var originalId = original.GetProperty("id").GetGuid();
        var lookAlikeId = lookAlike.GetProperty("id").GetGuid();
        Assert.NotEqual(originalId, lookAlikeId);
        Assert.Equal(originalId, lookAlike.GetProperty("possibleDuplicateOf").GetGuid());
        Assert.Equal(JsonValueKind.Null, original.GetProperty("possibleDuplicateOf").ValueKind);
        var read = await (await agent.GetAsync($"/api/customers/{lookAlikeId}")).SuccessJsonAsync();
        Assert.Equal(originalId, read.GetProperty("possibleDuplicateOf").GetGuid());
        Assert.Equal($"\u0430na.{unique}@example.com", read.GetProperty("email").GetString());

        using var self = await suite.ClientAsync("customer", lookAlikeId);
        var me = await (await self.GetAsync("/api/me")).SuccessJsonAsync();
        Assert.Equal(JsonValueKind.Null, me.GetProperty("possibleDuplicateOf").ValueKind);
    }
}
