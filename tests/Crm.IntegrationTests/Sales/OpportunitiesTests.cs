using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Sales;

[Collection(SuiteCollection.Name)]
public sealed class OpportunitiesTests(SuiteFixture suite)
{
    [Fact]
    public async Task An_opportunity_moves_under_if_match_is_won_with_a_reason_and_becomes_one_order()
    {
        using var agent = await suite.ClientAsync("agent");
        using var marketer = await suite.ClientAsync("marketer");
        var sku = await Sales.ProductAsync(marketer, 300m);
        var customerId = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        var owner = $"seller-{Guid.NewGuid():N}"[..20];
        using var created = await agent.PostAsJsonAsync("/api/opportunities",
            new { customerId, title = "Phones for the sales team", amount = 12_000, currency = "EUR", stage = "proposal", ownerId = owner, expectedCloseAt = DateTimeOffset.UtcNow.AddDays(30) });
        var opportunity = await created.SuccessJsonAsync();
        var path = $"/api/opportunities/{opportunity.GetProperty("id").GetGuid()}";
        var etag = created.Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await agent.SendAsync(Sales.Patch(path, new { amount = 13_000 }, null))).StatusCode);
        using var raised = await agent.SendAsync(Sales.Patch(path, new { amount = 13_000, stage = "negotiation" }, etag));
        Assert.Equal("negotiation", (await raised.SuccessJsonAsync()).GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await agent.SendAsync(Sales.Patch(path, new { amount = 1 }, etag))).StatusCode);
        etag = raised.Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync($"{path}/order", new { lines = new[] { new { sku, quantity = 40 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.SendAsync(Sales.Patch(path, new { stage = "won" }, etag))).StatusCode);
        using var won = await agent.SendAsync(Sales.Patch(path, new { stage = "won", reason = "Best support offer" }, etag));
        Assert.Equal("Best support offer", (await won.SuccessJsonAsync()).GetProperty("closeReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await agent.SendAsync(Sales.Patch(path, new { stage = "proposal" }, won.Headers.ETag!.Tag))).StatusCode);

        var report = await agent.GetFromJsonAsync<JsonElement>($"/api/opportunities/reports/pipeline?ownerId={owner}");
        var wonStage = report.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "won");
        Assert.Equal((1, 13_000m, 13_000m), (wonStage.GetProperty("count").GetInt32(), wonStage.GetProperty("amount").GetDecimal(), wonStage.GetProperty("weightedAmount").GetDecimal()));

        using var ordered = await agent.PostAsJsonAsync($"{path}/order", new { lines = new[] { new { sku, quantity = 40 } } });
        var order = await ordered.SuccessJsonAsync();
        Assert.Equal((12_000m, customerId), (order.GetProperty("total").GetDecimal(), order.GetProperty("customerId").GetGuid()));
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync($"{path}/order", new { lines = new[] { new { sku, quantity = 1 } } })).StatusCode);
        Assert.Equal(order.GetProperty("id").GetGuid(), (await agent.GetFromJsonAsync<JsonElement>(path)).GetProperty("orderId").GetGuid());
        await Eventually.UntilAsync(async () =>
            (await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{customerId}/loyalty")).GetProperty("points").GetInt32() == 12_000,
            because: "an order from a won opportunity earns points like any other");
    }

    [Fact]
    public async Task The_pipeline_weights_open_stages_and_filters_by_owner()
    {
        using var agent = await suite.ClientAsync("agent");
        var customerId = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        var owner = $"seller-{Guid.NewGuid():N}"[..20];
        foreach (var (stage, amount) in new[] { ("qualification", 1_000m), ("qualification", 500m), ("proposal", 2_000m), ("negotiation", 100.10m) })
        {
            using var created = await agent.PostAsJsonAsync("/api/opportunities", new { customerId, title = "Deal", amount, currency = "EUR", stage, ownerId = owner });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var stages = (await agent.GetFromJsonAsync<JsonElement>($"/api/opportunities/reports/pipeline?ownerId={owner}")).GetProperty("stages").EnumerateArray()
            .ToDictionary(s => s.GetProperty("stage").GetString()!, s => (s.GetProperty("count").GetInt32(), s.GetProperty("amount").GetDecimal(), s.GetProperty("weightedAmount").GetDecimal()));
        Assert.Equal((2, 1_500m, 300m), stages["qualification"]);
        Assert.Equal((1, 2_000m, 1_000m), stages["proposal"]);
        Assert.Equal((1, 100.10m, 80.08m), stages["negotiation"]);
        Assert.Equal((0, 0m, 0m), stages["lost"]);
        Assert.Equal(4, (await agent.GetFromJsonAsync<JsonElement>($"/api/opportunities?ownerId={owner}")).GetProperty("items").GetArrayLength());
        Assert.Equal(2, (await agent.GetFromJsonAsync<JsonElement>($"/api/opportunities?ownerId={owner}&stage=qualification")).GetProperty("items").GetArrayLength());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PostAsJsonAsync("/api/opportunities", new { customerId, title = "", amount = -1, currency = "euro" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PostAsJsonAsync("/api/opportunities", new { customerId = Guid.NewGuid(), title = "X", amount = 1, currency = "EUR" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/opportunities", new { customerId, title = "X", amount = 1, currency = "EUR", stage = "maybe" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/opportunities/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.GetAsync("/api/opportunities?stage=maybe")).StatusCode);
    }
}
