using Crm.Customers.Catalog;
using Crm.Customers.Orders;

namespace Crm.UnitTests.Customers.Sales;

public sealed class OrderRulesTests
{
    private static readonly Dictionary<string, Product> Catalog = new[]
    {
        Product("PHONE", 399.99m), Product("CASE", 19.90m), Product("CABLE", 9.95m), Product("OLD", 5m, active: false), Product("USD-HAT", 12m, "USD"),
    }.ToDictionary(p => p.Sku, StringComparer.Ordinal);

    private static Product Product(string sku, decimal price, string currency = "EUR", bool active = true) =>
        new() { Sku = sku, Name = sku.ToLowerInvariant(), Category = "accessories", Price = price, Currency = currency, Active = active };

    [Fact]
    public void Prices_and_totals_come_from_the_catalog_and_a_repeated_sku_is_one_line()
    {
        var order = OrderRules.Price([new("PHONE", 1), new("CASE", 2), new("CASE", 1)], Catalog);
        Assert.Equal([("PHONE", 1, 399.99m), ("CASE", 3, 59.70m)], order.Lines.Select(l => (l.Sku, l.Quantity, l.Amount)));
        Assert.Equal((459.69m, 459.69m, "EUR", 459), (order.Subtotal, order.Total, order.Currency, order.PointsEarned));
    }

    [Fact]
    public void Unknown_inactive_and_mistyped_lines_are_named_field_by_field()
    {
        var errors = OrderRules.Check([new("NOPE", 1), new("OLD", 1), new("CASE", 0), new(null, 1)], Catalog);
        Assert.Equal("Not a product on sale.", errors["lines[0].sku"]);
        Assert.Equal("Not a product on sale.", errors["lines[1].sku"]);
        Assert.Contains("lines[2].quantity", errors.Keys);
        Assert.Equal("Required.", errors["lines[3].sku"]);
        Assert.Contains("lines", OrderRules.Check([], Catalog).Keys);
    }

    [Fact]
    public void Products_in_different_currencies_go_on_separate_orders()
    {
        Assert.Contains("different currencies", OrderRules.Check([new("CASE", 1), new("USD-HAT", 1)], Catalog)["lines"]);
    }

    [Fact]
    public void Redeemed_points_lower_the_total_and_are_shared_over_the_lines_to_the_cent()
    {
        var order = OrderRules.Price([new("PHONE", 1), new("CASE", 1), new("CABLE", 1)], Catalog);
        var outcome = order.Redeem(1_001, balance: 5_000);

        Assert.True(outcome.IsChanged);
        Assert.Equal((429.84m, 10.01m, 419.83m, 419), (order.Subtotal, order.Discount, order.Total, order.PointsEarned));
        Assert.Equal(order.Total, order.Lines.Sum(l => l.Paid));
        Assert.All(order.Lines, l => Assert.True(l.Paid > 0 && l.Paid <= l.Amount));
    }

    [Fact]
    public void A_refused_redemption_leaves_the_order_at_full_price()
    {
        var order = OrderRules.Price([new("CABLE", 1)], Catalog);
        var outcome = order.Redeem(600, balance: 10_000);
        Assert.True(outcome.IsRefused);
        Assert.Contains("at most 497 points", outcome.Reason);
        Assert.Equal((0m, 9.95m, 0), (order.Discount, order.Total, order.PointsRedeemed));
    }
}
