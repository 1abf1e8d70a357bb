using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Sales;

[Collection(SuiteCollection.Name)]
public sealed class OrdersAndLoyaltyTests(SuiteFixture suite)
{
    [Fact]
    public async Task An_order_is_priced_by_the_server_earns_points_once_and_is_a_purchase_everywhere()
    {
        using var marketer = await suite.ClientAsync("marketer");
        using var agent = await suite.ClientAsync("agent");
        var phone = await Sales.ProductAsync(marketer, 249.90m, model: $"Aria {Guid.NewGuid():N}"[..12]);
        var cable = await Sales.ProductAsync(marketer, 9.95m, "accessories");
        var (id, customer) = await Sales.ShopperAsync(suite, agent);
        using var _ = customer;

        var order = await Sales.OrderAsync(customer, new { lines = new object[] { new { sku = phone, quantity = 1 }, new { sku = cable, quantity = 2, price = 0.01 } } });

        Assert.Equal((269.80m, "EUR", 0, 269, "placed"), (order.GetProperty("total").GetDecimal(), order.GetProperty("currency").GetString(),
            order.GetProperty("pointsRedeemed").GetInt32(), order.GetProperty("pointsEarned").GetInt32(), order.GetProperty("status").GetString()));
        Assert.StartsWith("O-", order.GetProperty("number").GetString());
        await Eventually.UntilAsync(async () => await Sales.PointsAsync(customer) == 269, because: "loyalty credits the order from OrderPlaced");

        var loyalty = await customer.GetFromJsonAsync<JsonElement>("/api/me/loyalty");
        Assert.Equal(("bronze", "silver", 231), (loyalty.GetProperty("tier").GetString(), loyalty.GetProperty("nextTier").GetString(), loyalty.GetProperty("pointsToNextTier").GetInt32()));
        var line = Assert.Single(loyalty.GetProperty("ledger").EnumerateArray());
        Assert.Equal((269, order.GetProperty("id").GetString()), (line.GetProperty("points").GetInt32(), line.GetProperty("refId").GetString()));

        var insights = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/insights");
        Assert.Equal((2, 269.80m), (insights.GetProperty("frequency").GetInt32(), insights.GetProperty("monetary").GetDecimal()));
        var staffView = await agent.GetFromJsonAsync<JsonElement>($"/api/orders?customerId={id}");
        Assert.Equal(order.GetProperty("number").GetString(), Assert.Single(staffView.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
        Assert.Single((await customer.GetFromJsonAsync<JsonElement>("/api/me/orders")).GetProperty("items").EnumerateArray());
        await Eventually.UntilAsync(async () =>
            (await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/customers/{id}")).GetProperty("productModels").GetArrayLength() == 2,
            because: "the service desk learns the products ordered from PurchaseRecorded");
    }

    [Fact]
    public async Task Points_pay_for_part_of_an_order_within_the_limits_and_staff_adjust_with_a_reason()
    {
        using var marketer = await suite.ClientAsync("marketer");
        using var agent = await suite.ClientAsync("agent");
        var sku = await Sales.ProductAsync(marketer, 20m);
        var (id, customer) = await Sales.ShopperAsync(suite, agent);
        using var _ = customer;

        using var noReason = await agent.PostAsJsonAsync($"/api/customers/{id}/loyalty/adjustments", new { points = 800 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        using var tooMuch = await agent.PostAsJsonAsync($"/api/customers/{id}/loyalty/adjustments", new { points = -1, reason = "Typo" });
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        using var goodwill = await agent.PostAsJsonAsync($"/api/customers/{id}/loyalty/adjustments", new { points = 800, reason = "Goodwill after a late delivery" });
        Assert.Equal(800, (await goodwill.SuccessJsonAsync()).GetProperty("points").GetInt32());

        using var overHalf = await customer.PostAsJsonAsync("/api/me/orders", new { lines = new[] { new { sku, quantity = 1 } }, redeemPoints = 1_001 });
        Assert.Equal(HttpStatusCode.Conflict, overHalf.StatusCode);
        Assert.Empty((await customer.GetFromJsonAsync<JsonElement>("/api/me/orders")).GetProperty("items").EnumerateArray());

        var order = await Sales.OrderAsync(customer, new { lines = new[] { new { sku, quantity = 1 } }, redeemPoints = 700 });
        Assert.Equal((13m, 700, 13), (order.GetProperty("total").GetDecimal(), order.GetProperty("pointsRedeemed").GetInt32(), order.GetProperty("pointsEarned").GetInt32()));
        await Eventually.UntilAsync(async () => await Sales.PointsAsync(customer) == 800 - 700 + 13, because: "the redemption is immediate, the earning follows the event");

        var ledger = (await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/loyalty")).GetProperty("ledger").EnumerateArray()
            .Select(l => (l.GetProperty("points").GetInt32(), l.GetProperty("reason").GetString())).ToList();
        Assert.Equal(3, ledger.Count);
        Assert.Contains((800, "Goodwill after a late delivery"), ledger);
        Assert.Contains((-700, $"Order {order.GetProperty("number").GetString()}"), ledger);
    }

    [Fact]
    public async Task Bad_orders_and_products_answer_with_problem_details_and_change_nothing()
    {
        using var marketer = await suite.ClientAsync("marketer");
        using var agent = await suite.ClientAsync("agent");
        var inactive = await Sales.ProductAsync(marketer, 5m, active: false);
        var dollars = await Sales.ProductAsync(marketer, 5m, currency: "USD");
        var euros = await Sales.ProductAsync(marketer, 5m);
        var (_, customer) = await Sales.ShopperAsync(suite, agent);
        using var __ = customer;

        foreach (var body in new object[]
        {
            new { lines = Array.Empty<object>() },
            new { lines = new[] { new { sku = "NO-SUCH-SKU", quantity = 1 } } },
            new { lines = new[] { new { sku = inactive, quantity = 1 } } },
            new { lines = new[] { new { sku = euros, quantity = 0 } } },
            new { lines = new[] { new { sku = euros, quantity = 1 }, new { sku = dollars, quantity = 1 } } },
        })
        {
            using var refused = await customer.PostAsJsonAsync("/api/me/orders", body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Empty((await customer.GetFromJsonAsync<JsonElement>("/api/me/orders")).GetProperty("items").EnumerateArray());
        var catalog = await customer.GetFromJsonAsync<JsonElement>($"/api/products?q={inactive}");
        Assert.Empty(catalog.GetProperty("items").EnumerateArray());
        Assert.Single((await marketer.GetFromJsonAsync<JsonElement>($"/api/products?q={inactive}")).GetProperty("items").EnumerateArray());

        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsJsonAsync("/api/products", new { sku = "X", name = "X", category = "x", price = 1, currency = "EUR" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/me/orders", new { lines = new[] { new { sku = euros, quantity = 1 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await marketer.PostAsJsonAsync("/api/products", new { sku = "BAD SKU", name = "", category = "x", price = -1, currency = "eur" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await marketer.PostAsJsonAsync("/api/products", new { sku = euros, name = "Again", category = "x", price = 1, currency = "EUR" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.GetAsync("/api/orders")).StatusCode);
    }
}
