namespace Crm.Campaigns.CrossSell;

/// <summary>
/// Cross-sell from purchase histories: products that customers who own what this customer owns also bought (confidence
/// = customers owning both / customers owning the first, from at least <see cref="MinSupport"/> customers), and
/// categories the customer buys regularly that are due again.
/// </summary>
public static class Recommender
{
    public const int MinSupport = 2;
    public const int MaxBoughtTogether = 5;

    public static IReadOnlyList<Recommendation> Recommend(
        IReadOnlySet<string> owned,
        IEnumerable<ProductPair> pairsOfOwned,
        IReadOnlyDictionary<string, int> ownersOf,
        IEnumerable<PurchasePoint> history,
        DateTimeOffset now)
    {
        var together = pairsOfOwned
            .Where(p => owned.Contains(p.Product) && !owned.Contains(p.OtherProduct) && p.Customers >= MinSupport)
            .Select(p => (Pair: p, Confidence: ownersOf.TryGetValue(p.Product, out var n) && n > 0 ? Math.Min(1.0, (double)p.Customers / n) : 0))
            .GroupBy(x => x.Pair.OtherProduct, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(x => x.Confidence).ThenByDescending(x => x.Pair.Customers).First())
            .OrderByDescending(x => x.Confidence).ThenByDescending(x => x.Pair.Customers).ThenBy(x => x.Pair.OtherProduct, StringComparer.Ordinal)
            .Take(MaxBoughtTogether)
            .Select(x => new Recommendation(
                Recommendation.BoughtTogether, x.Pair.OtherProduct, Math.Round(x.Confidence, 3),
                $"{x.Pair.Customers} of {ownersOf[x.Pair.Product]} customers who own {x.Pair.Product} also bought {x.Pair.OtherProduct}."));

        var due = Replenishment.Schedule(history)
            .Where(d => d.DueAt <= now)
            .Select(d => new Recommendation(
                Recommendation.ReplenishmentKind, d.Category, 1.0,
                $"Buys {d.Category} about every {d.TypicalIntervalDays} days; last bought {Math.Max(0, (int)(now - d.LastPurchasedAt).TotalDays)} days ago."));

        return [.. due, .. together];
    }
}
