using System.Linq.Expressions;
using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Audience;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Segments.Rules;

/// <summary>
/// Translates a rule tree to one LINQ predicate over the read model, so that preview and launch run as a single SQL
/// query. Same meaning as <see cref="RuleEvaluator"/>: every positive test is null-guarded (two-valued in SQL), so that
/// neq — "not eq" — also keeps rows whose value is missing.
/// </summary>
public static class RuleQuery
{
    /// <summary>The known, not erased customers that match <paramref name="rule"/> at <paramref name="now"/>.</summary>
    public static IQueryable<AudienceMember> Matching(CampaignsDbContext db, SegmentRule rule, DateTimeOffset now) =>
        db.Audience.AsNoTracking().Where(m => m.Known && !m.Erased).Where(Predicate(rule, new Sources(now, db.Purchases, db.PartnerAttributes)));

    /// <summary>
    /// Products and partner attributes are tested as <c>CustomerId IN (SELECT … WHERE model = …)</c>, which the database
    /// answers once from an index, rather than as a per-row EXISTS.
    /// </summary>
    private sealed record Sources(DateTimeOffset Now, IQueryable<AudiencePurchase> Purchases, IQueryable<AudiencePartnerAttribute> Attributes);

    private static Expression<Func<AudienceMember, bool>> Predicate(SegmentRule rule, Sources sources) => rule switch
    {
        AllRule all => PredicateBuilder.And(all.Rules.Select(r => Predicate(r, sources))),
        AnyRule any => PredicateBuilder.Or(any.Rules.Select(r => Predicate(r, sources))),
        ConditionRule { Op: RuleOperator.Neq } c => PredicateBuilder.Not(Positive(c with { Op = RuleOperator.Eq }, sources)),
        ConditionRule c => Positive(c, sources),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static Expression<Func<AudienceMember, bool>> Positive(ConditionRule c, Sources sources)
    {
        var now = sources.Now;
        switch (c.Field)
        {
            case RuleField.CustomerId:
                var ids = c.Texts.Select(Guid.Parse).ToList();
                return m => ids.Contains(m.CustomerId);
            case RuleField.Email: return Text(c, m => m.Email);
            case RuleField.LifecycleStage: return Text(c, m => m.LifecycleStage);
            case RuleField.City: return Text(c, m => m.City);
            case RuleField.Country: return Text(c, m => m.Country);
            case RuleField.Gender: return Text(c, m => m.Gender);
            case RuleField.BirthYear: return WholeNumber(c, m => m.BirthYear);
            case RuleField.PurchaseCount: return WholeNumber(c, m => m.PurchaseCount);
            case RuleField.TotalSpent: return Money(c);
            case RuleField.DaysSinceLastPurchase: return DaysSince(c, now);
            case RuleField.ReplenishmentDue:
                return c.Flag
                    ? m => m.NextReplenishmentAt != null && m.NextReplenishmentAt <= now
                    : m => !(m.NextReplenishmentAt != null && m.NextReplenishmentAt <= now);
            case RuleField.OwnsProductModel:
                var owners = sources.Purchases.Where(TextTest<AudiencePurchase>(c, p => p.ProductModel)).Select(p => p.CustomerId);
                return m => owners.Contains(m.CustomerId);
            case RuleField.Partner:
                var name = c.PartnerAttribute!;
                var valueTest = TextTest<AudiencePartnerAttribute>(c, a => a.Value);
                var attribute = PredicateBuilder.And<AudiencePartnerAttribute>([a => a.Name == name, valueTest]);
                var holders = sources.Attributes.Where(attribute).Select(a => a.CustomerId);
                return m => holders.Contains(m.CustomerId);
            default:
                throw new ArgumentOutOfRangeException(nameof(c));
        }
    }

    private static Expression<Func<AudienceMember, bool>> Text(ConditionRule c, Expression<Func<AudienceMember, string?>> field) => TextTest(c, field);

    private static Expression<Func<T, bool>> TextTest<T>(ConditionRule c, Expression<Func<T, string?>> field)
    {
        Expression<Func<string?, bool>> test;
        switch (c.Op)
        {
            case RuleOperator.Eq:
                var text = c.Text;
                test = v => v != null && v == text;
                break;
            case RuleOperator.In:
                var texts = c.Texts.ToList();
                test = v => v != null && texts.Contains(v);
                break;
            default:
                var pattern = "%" + Like.Escape(c.Text) + "%";
                test = v => v != null && EF.Functions.Like(v, pattern, Like.EscapeCharacter);
                break;
        }

        return Apply(field, test);
    }

    private static Expression<Func<AudienceMember, bool>> WholeNumber(ConditionRule c, Expression<Func<AudienceMember, int?>> field)
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

        return Apply(field, test);
    }

    private static Expression<Func<AudienceMember, bool>> Money(ConditionRule c)
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
    private static Expression<Func<AudienceMember, bool>> DaysSince(ConditionRule c, DateTimeOffset now)
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

    private static Expression<Func<T, bool>> Apply<T, TValue>(Expression<Func<T, TValue>> field, Expression<Func<TValue, bool>> test)
    {
        var body = new Substitute(test.Parameters[0], field.Body).Visit(test.Body);
        return Expression.Lambda<Func<T, bool>>(body, field.Parameters);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
