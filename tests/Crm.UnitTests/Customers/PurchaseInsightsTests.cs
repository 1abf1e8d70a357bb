using Crm.Customers.Insights;

namespace Crm.UnitTests.Customers;

public sealed class PurchaseInsightsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static PurchaseFact Bought(int month, int day, decimal amount, string currency = "EUR") =>
        new(new DateTimeOffset(2026, month, day, 12, 0, 0, TimeSpan.Zero), amount, currency);

    [Fact]
    public void A_customer_without_purchases_has_no_recency_and_no_interval()
    {
        var insights = PurchaseInsights.Compute([], Now);
        Assert.Equal(new PurchaseInsights(null, 0, 0m, null, null, null), insights);
    }

    [Fact]
    public void One_purchase_gives_recency_frequency_and_monetary_but_no_interval()
    {
        var insights = PurchaseInsights.Compute([Bought(6, 20, 49.90m)], Now);
        Assert.Equal(10, insights.RecencyDays);
        Assert.Equal(1, insights.Frequency);
        Assert.Equal(49.90m, insights.Monetary);
        Assert.Null(insights.AverageDaysBetweenPurchases);
        Assert.Null(insights.NextExpectedPurchaseAt);
    }

    [Fact]
    public void The_interval_is_the_mean_gap_and_the_next_purchase_follows_the_last_by_it()
    {
        // 1 Mar → 31 Mar (30 days) → 15 May (45 days) → 14 Jun (30 days): 105 days over 3 gaps = 35 days.
        var insights = PurchaseInsights.Compute([Bought(5, 15, 20m), Bought(3, 1, 10m), Bought(6, 14, 30m), Bought(3, 31, 40m)], Now);
        Assert.Equal(16, insights.RecencyDays);
        Assert.Equal(4, insights.Frequency);
        Assert.Equal(100m, insights.Monetary);
        Assert.Equal(35.0, insights.AverageDaysBetweenPurchases);
        Assert.Equal(new DateTimeOffset(2026, 7, 19, 12, 0, 0, TimeSpan.Zero), insights.NextExpectedPurchaseAt);
    }

    [Fact]
    public void Monetary_is_the_total_in_the_customers_main_currency()
    {
        var insights = PurchaseInsights.Compute([Bought(1, 1, 10m, "EUR"), Bought(2, 1, 15m, "EUR"), Bought(3, 1, 999m, "USD")], Now);
        Assert.Equal("EUR", insights.Currency);
        Assert.Equal(25m, insights.Monetary);
    }
}
