using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Customers;

[Collection(SuiteCollection.Name)]
public sealed class Customer360Tests(SuiteFixture suite)
{
    [Fact]
    public async Task Consent_changes_are_kept_as_history_and_reach_campaigns()
    {
        using var agent = await suite.ClientAsync("agent");
        using var marketer = await suite.ClientAsync("marketer");
        var id = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();

        using var granted = await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "marketing", channel = "email", granted = true });
        using var withdrawn = await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "marketing", channel = "email", granted = false });
        using var partner = await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "partner-sharing", granted = true });
        Assert.Equal(HttpStatusCode.OK, partner.StatusCode);

        var current = await partner.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, current.GetArrayLength());
        var history = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/consents/history");
        Assert.Equal([true, false, true], history.EnumerateArray().Select(h => h.GetProperty("granted").GetBoolean()));
        Assert.All(history.EnumerateArray(), h => Assert.Equal("agent", h.GetProperty("source").GetString()));

        await Eventually.UntilAsync(async () =>
        {
            using var response = await marketer.GetAsync($"/api/campaigns/audience/{id}");
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"email\":false", StringComparison.Ordinal);
        }, because: "campaigns learns the withdrawal from CustomerConsentChanged");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { channel = "email" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "telepathy", granted = true })).StatusCode);
    }

    [Fact]
    public async Task Purchases_and_interactions_feed_insights_and_the_timeline_newest_first()
    {
        using var agent = await suite.ClientAsync("agent");
        var id = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        var now = DateTimeOffset.UtcNow;

        foreach (var (daysAgo, amount) in new[] { (60, 100.00m), (30, 50.50m), (0, 25.25m) })
        {
            using var bought = await agent.PostAsJsonAsync($"/api/customers/{id}/purchases",
                new { sku = "SKU-1", productModel = "Aria X2", category = "phones", amount, currency = "EUR", purchasedAt = now.AddDays(-daysAgo).AddMinutes(-1) });
            Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
        }

        using var call = await agent.PostAsJsonAsync($"/api/customers/{id}/interactions", new { channel = "phone", direction = "inbound", summary = "Asked about the warranty", outcome = "explained" });
        Assert.Equal(HttpStatusCode.Created, call.StatusCode);

        var insights = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/insights");
        Assert.Equal(0, insights.GetProperty("recencyDays").GetInt32());
        Assert.Equal(3, insights.GetProperty("frequency").GetInt32());
        Assert.Equal(175.75m, insights.GetProperty("monetary").GetDecimal());
        Assert.Equal(30.0, insights.GetProperty("averageDaysBetweenPurchases").GetDouble(), 1);

        var timeline = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/timeline?limit=3");
        var types = timeline.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("type").GetString()).ToList();
        Assert.Equal(["interaction", "purchase", "purchase"], types);
        Assert.NotEqual(JsonValueKind.Null, timeline.GetProperty("nextCursor").ValueKind);

        var products = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/products");
        Assert.Equal("Aria X2", products[0].GetProperty("productModel").GetString());

        await Eventually.UntilAsync(async () =>
            (await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/customers/{id}")).GetProperty("productModels").GetArrayLength() == 1,
            because: "the service desk learns products owned from PurchaseRecorded");
    }

    [Theory]
    [InlineData(0, "EUR")]
    [InlineData(10.001, "EUR")]
    [InlineData(10, "eur")]
    [InlineData(10, "EURO")]
    public async Task A_purchase_with_invalid_values_is_refused(double amount, string currency)
    {
        using var agent = await suite.ClientAsync("agent");
        var id = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        using var response = await agent.PostAsJsonAsync($"/api/customers/{id}/purchases",
            new { sku = "S", category = "c", amount, currency, purchasedAt = DateTimeOffset.UtcNow.AddDays(-1) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, (await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/insights")).GetProperty("frequency").GetInt32());
    }

    [Fact]
    public async Task A_customer_reaches_only_their_own_record_through_self_service()
    {
        using var agent = await suite.ClientAsync("agent");
        var me = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        var other = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        using var customer = await suite.ClientAsync("customer", me);

        using var mine = await customer.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(me, (await mine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync($"/api/customers/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/customers")).StatusCode);
        HttpRequestMessage PatchMe(object body) => new(HttpMethod.Patch, "/api/me") { Content = JsonContent.Create(body), Headers = { IfMatch = { mine.Headers.ETag! } } };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await customer.SendAsync(PatchMe(new { accountOwnerId = "me" }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.SendAsync(PatchMe(new { city = "Braga" }))).StatusCode);

        using var consent = await customer.PutAsJsonAsync("/api/me/consents", new { purpose = "marketing", channel = "sms", granted = true });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        var history = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{me}/consents/history");
        Assert.Equal("self-service", history[0].GetProperty("source").GetString());

        using var stranger = await suite.ClientAsync("customer", Guid.CreateVersion7());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Erasure_exports_first_then_removes_the_customer_everywhere()
    {
        using var agent = await suite.ClientAsync("agent");
        var created = await suite.CreateCustomerAsync(agent);
        var id = created.GetProperty("id").GetGuid();
        var email = created.GetProperty("email").GetString();
        await agent.PostAsJsonAsync($"/api/customers/{id}/purchases", new { sku = "S", category = "c", amount = 9.99m, currency = "EUR", purchasedAt = DateTimeOffset.UtcNow.AddDays(-1) });
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/tickets/customers/{id}")).IsSuccessStatusCode);

        var export = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/export");
        Assert.Equal(email, export.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(1, export.GetProperty("purchases").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await agent.DeleteAsync($"/api/customers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/customers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/customers/{id}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.DeleteAsync($"/api/customers/{id}")).StatusCode);
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/tickets/customers/{id}")).StatusCode == HttpStatusCode.NotFound,
            because: "the service desk forgets an erased customer");

        using var again = await agent.PostAsJsonAsync("/api/customers", new { firstName = "New", lastName = "Person", email });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
    }
}
