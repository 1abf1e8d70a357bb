using System.Linq.Expressions;
using Crm.Campaigns.Customers;

namespace Crm.Campaigns.Segments.Rules;

/// <summary>
/// The numeric and time conditions of <see cref="RuleQuery"/> as predicates over the read model: whole numbers compared
/// with decimal bounds, money, and days since the last purchase (as a bound on its date, so an index can answer it).
/// </summary>
internal static class RuleNumberTests
{
    public static Expression<Func<AudienceMember, bool>> WholeNumber(ConditionRule c, Expression<Func<AudienceMember, int?>> field)
    {
        // Integer fields compared with a decimal bound: x > 1989.5 is x >= 1990, x == 1989.5 never holds.
        Expression<Func<int?, bool>> test;
        switch (c.Op)
        {
            case RuleOperator.Gt: var gt = Clamp(Math.Floor(c.Number) + 1); test = v => v != null && v >= gt; break;
            case RuleOperator.Gte: var gte = Clamp(Math.Ceiling(c.Number)); test = v => v != null && v >= gte; break;
            case RuleOperator.Lt: var lt = Clamp(Math.Ceiling(c.Number) - 1); test = v => v != null && v <= lt; break;
            case RuleOperator.Lte: var lte = Clamp(Math.Floor(c.Number)); test = v => v != null && v <= lte; break;
            default:
                var values = c.Numbers.Where(n => n == Math.Floor(n) && n is >= int.MinValue and <= int.MaxValue).Select(n => (int?)(int)n).ToList();
                test = v => v != null && values.Contains(v);
                break;
        }

        return PredicateBuilder.On(field, test);
    }

    public static Expression<Func<AudienceMember, bool>> Money(ConditionRule c)
    {
        var bound = c.Number;
        var values = c.Numbers.ToList();
        return c.Op switch
        {
            RuleOperator.Gt => m => m.TotalSpent > bound,
            RuleOperator.Gte => m => m.TotalSpent >= bound,
            RuleOperator.Lt => m => m.TotalSpent < bound,
            RuleOperator.Lte => m => m.TotalSpent <= bound,
            RuleOperator.In => m => values.Contains(m.TotalSpent),
            _ => m => m.TotalSpent == bound,
        };
    }

    /// <summary>Whole days since the last purchase ≥ k exactly when the last purchase was at or before now − k days.</summary>
    public static Expression<Func<AudienceMember, bool>> DaysSince(ConditionRule c, DateTimeOffset now)
    {
        Expression<Func<AudienceMember, bool>> AtLeast(decimal days)
        {
            var before = DaysBefore(now, days);
            return m => m.LastPurchaseAt != null && m.LastPurchaseAt <= before;
        }

        // Fewer than k days: there is a last purchase, and it is not k or more days ago.
        Expression<Func<AudienceMember, bool>> FewerThan(decimal days) =>
            PredicateBuilder.And([m => m.LastPurchaseAt != null, PredicateBuilder.Not(AtLeast(days))]);

        Expression<Func<AudienceMember, bool>> Exactly(decimal days) => PredicateBuilder.And([AtLeast(days), FewerThan(days + 1)]);

        return c.Op switch
        {
            RuleOperator.Gt => AtLeast(Math.Floor(c.Number) + 1),
            RuleOperator.Gte => AtLeast(Math.Ceiling(c.Number)),
            RuleOperator.Lt => FewerThan(Math.Ceiling(c.Number)),
            RuleOperator.Lte => FewerThan(Math.Floor(c.Number) + 1),
            _ when c.Numbers.Any(n => n == Math.Floor(n)) =>
                PredicateBuilder.Or(c.Numbers.Where(n => n == Math.Floor(n)).Select(Exactly)),
            _ => m => false,
        };
    }

    private static DateTimeOffset DaysBefore(DateTimeOffset now, decimal days)
    {
        var maxBack = (decimal)(now - DateTimeOffset.MinValue.AddDays(1)).TotalDays;
        var maxForward = (decimal)(DateTimeOffset.MaxValue.AddDays(-1) - now).TotalDays;
        return days >= maxBack ? DateTimeOffset.MinValue.AddDays(1) : days <= -maxForward ? DateTimeOffset.MaxValue.AddDays(-1) : now.AddDays(-(double)days);
    }

    private static int Clamp(decimal value) => value >= int.MaxValue ? int.MaxValue : value <= int.MinValue ? int.MinValue : (int)value;
}
