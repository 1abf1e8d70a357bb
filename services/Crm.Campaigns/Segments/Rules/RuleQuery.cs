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
            case RuleField.BirthYear: return RuleNumberTests.WholeNumber(c, m => m.BirthYear);
            case RuleField.PurchaseCount: return RuleNumberTests.WholeNumber(c, m => m.PurchaseCount);
            case RuleField.TotalSpent: return RuleNumberTests.Money(c);
            case RuleField.DaysSinceLastPurchase: return RuleNumberTests.DaysSince(c, now);
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

        return PredicateBuilder.On(field, test);
    }
}
