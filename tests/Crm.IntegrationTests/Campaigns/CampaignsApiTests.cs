using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Campaigns;

[Collection(SuiteCollection.Name)]
public sealed class CampaignsApiTests(SuiteFixture suite)
{
    [Fact]
    public async Task The_audience_follows_the_customers_profile_consent_and_purchases()
    {
        var agent = await suite.ClientAsync("admin");
        var id = Id(await suite.CreateCustomerAsync(agent));

        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/campaigns/audience/{id}")).IsSuccessStatusCode);
        (await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "marketing", channel = "email", granted = true })).EnsureSuccessStatusCode();
        (await agent.PostAsJsonAsync($"/api/customers/{id}/purchases", new
        {
            sku = "X100-BLK", productModel = "X100", category = "phones", amount = 499.90m, currency = "EUR", purchasedAt = DateTimeOffset.UtcNow,
        })).EnsureSuccessStatusCode();

        await Eventually.UntilAsync(async () =>
        {
            var audience = await agent.GetFromJsonAsync<JsonElement>($"/api/campaigns/audience/{id}");
            return audience.GetProperty("consents").GetProperty("email").GetBoolean()
                && audience.GetProperty("purchaseCount").GetInt32() == 1
                && audience.GetProperty("productModels").EnumerateArray().Any(m => m.GetString() == "X100");
        });
    }

    [Fact]
    public async Task A_launch_sends_once_per_member_and_the_unsubscribe_link_stops_the_next_one()
    {
        var agent = await suite.ClientAsync("admin");
        var id = Id(await suite.CreateCustomerAsync(agent));
        (await agent.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "marketing", channel = "email", granted = true })).EnsureSuccessStatusCode();
        await Eventually.UntilAsync(async () =>
        {
            var response = await agent.GetAsync($"/api/campaigns/audience/{id}");
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consents").GetProperty("email").GetBoolean();
        });

        var segment = await CreateAsync(agent, "/api/segments", new { name = "Just one", rules = new { any = new[] { new { field = "customerId", op = "eq", value = id.ToString() } } } });
        var preview = await agent.GetFromJsonAsync<JsonElement>($"/api/segments/{Id(segment)}/preview");
        Assert.Equal(1, preview.GetProperty("count").GetInt32());

        var first = await LaunchAndWaitAsync(agent, Id(segment), "WELCOME" + Unique());
        Assert.Equal(1, first.GetProperty("stats").GetProperty("sent").GetInt32());
        Assert.Equal(1, first.GetProperty("stats").GetProperty("targeted").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, (await agent.PostAsync($"/api/campaigns/{Id(first)}/launch", null)).StatusCode);

        var messages = await agent.GetFromJsonAsync<JsonElement>($"/api/campaigns/{Id(first)}/messages?customerId={id}");
        var body = Assert.Single(messages.GetProperty("items").EnumerateArray()).GetProperty("body").GetString()!;
        var token = body.Split("/api/unsubscribe/")[1].Split('"')[0];
        var anonymous = suite.AnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync($"/api/unsubscribe/{token[..^2]}xx", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync($"/api/unsubscribe/{token}", null)).StatusCode);

        var second = await LaunchAndWaitAsync(agent, Id(segment), "AGAIN" + Unique());
        Assert.Equal(0, second.GetProperty("stats").GetProperty("sent").GetInt32());
        Assert.Equal(1, second.GetProperty("stats").GetProperty("suppressedNoConsent").GetInt32());
    }

    [Fact]
    public async Task A_purchase_with_the_campaigns_source_code_is_its_conversion()
    {
        var agent = await suite.ClientAsync("admin");
        var id = Id(await suite.CreateCustomerAsync(agent));
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/campaigns/audience/{id}")).IsSuccessStatusCode);
        var segment = await CreateAsync(agent, "/api/segments", new { name = "Convert", rules = new { all = new[] { new { field = "customerId", op = "in", value = new[] { id.ToString() } } } } });
        var code = "CONV" + Unique();
        var campaign = await CreateAsync(agent, "/api/campaigns", new { name = "Convert", segmentId = Id(segment), channel = "sms", body = "Hi {{firstName}}", sourceCode = code });

        (await agent.PostAsJsonAsync($"/api/customers/{id}/purchases", new
        {
            sku = "CASE-1", category = "accessories", amount = 25m, currency = "EUR", purchasedAt = DateTimeOffset.UtcNow, sourceCode = code,
        })).EnsureSuccessStatusCode();

        await Eventually.UntilAsync(async () =>
            (await agent.GetFromJsonAsync<JsonElement>($"/api/campaigns/{Id(campaign)}")).GetProperty("stats").GetProperty("conversions").GetInt32() == 1);
        var report = await agent.GetFromJsonAsync<JsonElement>("/api/campaigns/attribution");
        var row = report.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("sourceCode").GetString() == code);
        Assert.Equal("sms", row.GetProperty("channel").GetString());
        Assert.Equal(25m, row.GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public async Task Bad_rules_and_campaigns_are_refused_with_the_path_of_the_mistake_and_change_nothing()
    {
        var agent = await suite.ClientAsync("admin");
        var name = "Broken " + Unique();

        var badRules = await agent.PostAsJsonAsync("/api/segments", new
        {
            name,
            rules = new { all = new object[] { new { field = "city", op = "eq", value = "Lisbon" }, new { any = new[] { new { field = "city", op = "gt", value = "x" } } } } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRules.StatusCode);
        Assert.Equal("application/problem+json", badRules.Content.Headers.ContentType?.MediaType);
        var problem = await badRules.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("rules.all[1].any[0].op", out _));
        var segments = await agent.GetFromJsonAsync<JsonElement>("/api/segments?limit=200");
        Assert.DoesNotContain(segments.GetProperty("items").EnumerateArray(), s => s.GetProperty("name").GetString() == name);

        var badCampaign = await agent.PostAsJsonAsync("/api/campaigns", new { name, segmentId = Guid.NewGuid(), channel = "email", body = "{{points}}", sourceCode = "no spaces" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCampaign.StatusCode);
        var errors = (await badCampaign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("segmentId", out _));
        Assert.True(errors.TryGetProperty("body", out _));
        Assert.True(errors.TryGetProperty("sourceCode", out _));
        Assert.True(errors.TryGetProperty("subject", out _));

        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/campaigns/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await suite.AnonymousClient().PostAsync("/api/unsubscribe/not-a-token", null)).StatusCode);
    }

    [Fact]
    public async Task Customers_and_anonymous_callers_cannot_reach_segments_or_the_audience()
    {
        var customerId = Guid.NewGuid();
        var customer = await suite.ClientAsync("customer", customerId);

        Assert.Equal(HttpStatusCode.Unauthorized, (await suite.AnonymousClient().GetAsync("/api/segments")).StatusCode);
        Assert.Contains((await customer.GetAsync($"/api/campaigns/audience/{customerId}")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await customer.PostAsJsonAsync("/api/segments", new { name = "x", rules = new { all = new[] { new { field = "city", op = "eq", value = "x" } } } })).StatusCode,
            new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    private static async Task<JsonElement> LaunchAndWaitAsync(HttpClient client, Guid segmentId, string sourceCode)
    {
        var campaign = await CreateAsync(client, "/api/campaigns", new
        {
            name = sourceCode, segmentId, channel = "email", subject = "Hello {{firstName}}",
            body = "<p>Dear {{firstName}}</p><a href=\"{{unsubscribeUrl}}\">unsubscribe</a>", sourceCode,
        });
        Assert.Equal("draft", campaign.GetProperty("status").GetString());
        var launch = await client.PostAsync($"/api/campaigns/{Id(campaign)}/launch", null);
        Assert.Equal(HttpStatusCode.Accepted, launch.StatusCode);

        JsonElement current = default;
        await Eventually.UntilAsync(async () =>
        {
            current = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{Id(campaign)}");
            return current.GetProperty("status").GetString() == "completed";
        });
        return current;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();

    private static string Unique() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
