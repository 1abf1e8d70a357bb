namespace Crm.Customers.Insights;

public sealed record PurchaseFact(DateTimeOffset PurchasedAt, decimal Amount, string Currency);

/// <summary>Recency, frequency, monetary value and the typical interval between purchases (flat numbers).</summary>
public sealed record PurchaseInsights(
    int? RecencyDays,
    int Frequency,
    decimal Monetary,
    string? Currency,
    double? AverageDaysBetweenPurchases,
    DateTimeOffset? NextExpectedPurchaseAt)
{
    /// <summary>
    /// Monetary is the total spent in the customer's main currency (the one most of their purchases use);
    /// intervals need at least two purchases; the next purchase is expected one average interval after the last.
    /// </summary>
    public static PurchaseInsights Compute(IReadOnlyCollection<PurchaseFact> purchases, DateTimeOffset now)
    {
        if (purchases.Count == 0)
        {
            return new PurchaseInsights(null, 0, 0m, null, null, null);
        }

        var ordered = purchases.OrderBy(p => p.PurchasedAt).ToList();
        var last = ordered[^1].PurchasedAt;
        var currency = ordered.GroupBy(p => p.Currency).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var monetary = ordered.Where(p => p.Currency == currency).Sum(p => p.Amount);
        var recency = (int)Math.Max(0, Math.Floor((now - last).TotalDays));

        double? average = null;
        DateTimeOffset? next = null;
        if (ordered.Count >= 2)
        {
            var span = (last - ordered[0].PurchasedAt).TotalDays;
            average = Math.Round(span / (ordered.Count - 1), 1);
            next = last + TimeSpan.FromDays(span / (ordered.Count - 1));
        }

        return new PurchaseInsights(recency, ordered.Count, monetary, currency, average, next);
    }
}
