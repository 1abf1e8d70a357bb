namespace Crm.Campaigns.CrossSell;

/// <summary>
/// The customer's typical interval between purchases of a category (the median gap between purchase days, from at
/// least <see cref="MinIntervals"/> gaps) tells when they will need it again; a reminder is due a little before
/// (<see cref="Lead"/> of the interval), so it arrives while they still have some left.
/// </summary>
public static class Replenishment
{
    public const int MinIntervals = 2;
    public const double Lead = 0.1;

    public static IReadOnlyList<ReplenishmentDue> Schedule(IEnumerable<PurchasePoint> purchases) =>
        purchases
            .GroupBy(p => p.Category, StringComparer.Ordinal)
            .Select(g => Of(g.Key, g.Select(p => p.PurchasedAt)))
            .OfType<ReplenishmentDue>()
            .OrderBy(d => d.DueAt)
            .ToList();

    public static DateTimeOffset? NextDue(IEnumerable<PurchasePoint> purchases) =>
        Schedule(purchases) is { Count: > 0 } due ? due[0].DueAt : null;

    private static ReplenishmentDue? Of(string category, IEnumerable<DateTimeOffset> times)
    {
        var days = times.Select(t => t.ToUniversalTime()).OrderBy(t => t).ToList();
        var distinct = days.GroupBy(t => t.Date).Select(g => g.First()).ToList();
        var gaps = distinct.Zip(distinct.Skip(1), (a, b) => (b.Date - a.Date).TotalDays).OrderBy(d => d).ToList();
        if (gaps.Count < MinIntervals)
        {
            return null;
        }

        var median = gaps.Count % 2 == 1 ? gaps[gaps.Count / 2] : (gaps[gaps.Count / 2 - 1] + gaps[gaps.Count / 2]) / 2;
        var typical = (int)Math.Round(median);
        var last = days[^1];
        return new ReplenishmentDue(category, typical, last, last.AddDays(typical * (1 - Lead)));
    }
}
