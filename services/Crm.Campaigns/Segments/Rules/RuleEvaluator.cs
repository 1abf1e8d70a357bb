namespace Crm.Campaigns.Segments.Rules;

/// <summary>
/// Decides whether one customer matches a rule tree. Same meaning as <see cref="RuleQuery"/> (its SQL twin):
/// eq/in/contains/gt… on a missing value are false and neq is "not eq"; text eq/in are exact, contains ignores case;
/// daysSinceLastPurchase counts whole days elapsed.
/// </summary>
public static class RuleEvaluator
{
    public static bool Matches(SegmentRule rule, AudienceProfile p, DateTimeOffset now) => rule switch
    {
        AllRule all => all.Rules.All(r => Matches(r, p, now)),
        AnyRule any => any.Rules.Any(r => Matches(r, p, now)),
        ConditionRule c => c.Op == RuleOperator.Neq ? !Positive(c with { Op = RuleOperator.Eq }, p, now) : Positive(c, p, now),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static bool Positive(ConditionRule c, AudienceProfile p, DateTimeOffset now) => c.Field switch
    {
        RuleField.CustomerId => c.Texts.Contains(p.CustomerId.ToString()),
        RuleField.Email => Text(c, p.Email),
        RuleField.LifecycleStage => Text(c, p.LifecycleStage),
        RuleField.City => Text(c, p.City),
        RuleField.Country => Text(c, p.Country),
        RuleField.Gender => Text(c, p.Gender),
        RuleField.BirthYear => Number(c, p.BirthYear),
        RuleField.TotalSpent => Number(c, p.TotalSpent),
        RuleField.PurchaseCount => Number(c, p.PurchaseCount),
        RuleField.DaysSinceLastPurchase => Number(c, p.LastPurchaseAt is { } last ? DaysBetween(last, now) : null),
        RuleField.ReplenishmentDue => (p.NextReplenishmentAt is { } due && due <= now) == c.Flag,
        RuleField.OwnsProductModel => p.ProductModels.Any(model => Text(c, model)),
        RuleField.Partner => p.PartnerAttributes.TryGetValue(c.PartnerAttribute!, out var value) && Text(c, value),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    /// <summary>Whole days elapsed since <paramref name="then"/> (a purchase 47 hours ago is 1 day ago).</summary>
    public static int DaysBetween(DateTimeOffset then, DateTimeOffset now) => (int)Math.Floor((now - then).TotalDays);

    private static bool Text(ConditionRule c, string? value) => value is not null && c.Op switch
    {
        RuleOperator.Eq => value == c.Text,
        RuleOperator.In => c.Texts.Contains(value),
        RuleOperator.Contains => value.Contains(c.Text, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool Number(ConditionRule c, decimal? value) => value is { } v && c.Op switch
    {
        RuleOperator.Eq => v == c.Number,
        RuleOperator.Gt => v > c.Number,
        RuleOperator.Gte => v >= c.Number,
        RuleOperator.Lt => v < c.Number,
        RuleOperator.Lte => v <= c.Number,
        RuleOperator.In => c.Numbers.Contains(v),
        _ => false,
    };
}
