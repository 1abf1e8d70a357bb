using Crm.Campaigns.Segments.Rules;

namespace Crm.UnitTests.Campaigns;

public sealed class RuleEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static bool Matches(string rule, AudienceProfile profile) => RuleEvaluator.Matches(Rules.Parse(rule), profile, Now);

    [Fact]
    public void All_needs_every_rule_and_any_needs_one()
    {
        var ana = Rules.Profile(city: "Lisbon", totalSpent: 250m);

        Assert.True(Matches("""{"all":[{"field":"city","op":"eq","value":"Lisbon"},{"field":"totalSpent","op":"gt","value":200}]}""", ana));
        Assert.False(Matches("""{"all":[{"field":"city","op":"eq","value":"Lisbon"},{"field":"totalSpent","op":"gt","value":300}]}""", ana));
        Assert.True(Matches("""{"any":[{"field":"city","op":"eq","value":"Porto"},{"field":"totalSpent","op":"gt","value":200}]}""", ana));
    }

    [Fact]
    public void Neq_keeps_customers_whose_value_is_missing_while_eq_and_contains_do_not()
    {
        var noCity = Rules.Profile(city: null);

        Assert.True(Matches("""{"all":[{"field":"city","op":"neq","value":"Lisbon"}]}""", noCity));
        Assert.False(Matches("""{"all":[{"field":"city","op":"eq","value":"Lisbon"}]}""", noCity));
        Assert.False(Matches("""{"all":[{"field":"city","op":"contains","value":"lis"}]}""", noCity));
    }

    [Fact]
    public void Contains_ignores_case_but_eq_is_exact()
    {
        var ana = Rules.Profile(city: "Lisbon");

        Assert.True(Matches("""{"all":[{"field":"city","op":"contains","value":"LISB"}]}""", ana));
        Assert.False(Matches("""{"all":[{"field":"city","op":"eq","value":"lisbon"}]}""", ana));
    }

    [Fact]
    public void Days_since_last_purchase_counts_whole_days()
    {
        var fortySevenHoursAgo = Rules.Profile(lastPurchaseAt: Now.AddHours(-47));
        var never = Rules.Profile(lastPurchaseAt: null);

        Assert.True(Matches("""{"all":[{"field":"daysSinceLastPurchase","op":"eq","value":1}]}""", fortySevenHoursAgo));
        Assert.False(Matches("""{"all":[{"field":"daysSinceLastPurchase","op":"gt","value":1}]}""", fortySevenHoursAgo));
        Assert.False(Matches("""{"all":[{"field":"daysSinceLastPurchase","op":"gt","value":30}]}""", never));
    }

    [Fact]
    public void Products_owned_and_partner_attributes_are_segment_fields()
    {
        var owner = Rules.Profile(models: ["X100", "Z9"], partner: new() { ["tier"] = "gold" });
        var other = Rules.Profile(models: [], partner: []);

        Assert.True(Matches("""{"all":[{"field":"ownsProductModel","op":"eq","value":"X100"},{"field":"partner.tier","op":"in","value":["gold","platinum"]}]}""", owner));
        Assert.False(Matches("""{"all":[{"field":"ownsProductModel","op":"eq","value":"X100"}]}""", other));
        Assert.True(Matches("""{"all":[{"field":"ownsProductModel","op":"neq","value":"X100"},{"field":"partner.tier","op":"neq","value":"gold"}]}""", other));
    }

    [Fact]
    public void Replenishment_is_due_once_its_date_has_come()
    {
        Assert.True(Matches("""{"all":[{"field":"replenishmentDue","op":"eq","value":true}]}""", Rules.Profile(nextReplenishmentAt: Now.AddDays(-1))));
        Assert.False(Matches("""{"all":[{"field":"replenishmentDue","op":"eq","value":true}]}""", Rules.Profile(nextReplenishmentAt: Now.AddDays(1))));
        Assert.True(Matches("""{"all":[{"field":"replenishmentDue","op":"eq","value":false}]}""", Rules.Profile(nextReplenishmentAt: null)));
    }

    [Fact]
    public void A_micro_segment_names_one_or_two_customers()
    {
        var ana = Rules.Profile();
        var rule = $$"""{"any":[{"field":"customerId","op":"in","value":["{{ana.CustomerId}}","{{Guid.NewGuid()}}"]}]}""";

        Assert.True(Matches(rule, ana));
        Assert.False(Matches(rule, Rules.Profile()));
    }

    [Fact]
    public void Whole_number_fields_compare_with_decimal_bounds()
    {
        var born1990 = Rules.Profile(birthYear: 1990);

        Assert.True(Matches("""{"all":[{"field":"birthYear","op":"gt","value":1989.5}]}""", born1990));
        Assert.False(Matches("""{"all":[{"field":"birthYear","op":"eq","value":1990.5}]}""", born1990));
        Assert.True(Matches("""{"all":[{"field":"birthYear","op":"in","value":[1980,1990]}]}""", born1990));
    }
}
