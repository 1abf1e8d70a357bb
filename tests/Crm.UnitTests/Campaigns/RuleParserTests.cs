using Crm.Campaigns.Segments.Rules;

namespace Crm.UnitTests.Campaigns;

public sealed class RuleParserTests
{
    [Fact]
    public void Nested_all_and_any_trees_parse_into_the_same_shape()
    {
        var rule = Rules.Parse("""
            {"all":[{"field":"country","op":"eq","value":"PT"},
                    {"any":[{"field":"totalSpent","op":"gte","value":100},{"field":"partner.segment","op":"in","value":["gold","silver"]}]}]}
            """);

        var all = Assert.IsType<AllRule>(rule);
        Assert.IsType<ConditionRule>(all.Rules[0]);
        var any = Assert.IsType<AnyRule>(all.Rules[1]);
        var partner = Assert.IsType<ConditionRule>(any.Rules[1]);
        Assert.Equal(RuleField.Partner, partner.Field);
        Assert.Equal("segment", partner.PartnerAttribute);
        Assert.Equal(["gold", "silver"], partner.Texts);
    }

    [Fact]
    public void A_bad_operator_deep_in_the_tree_is_reported_at_its_path()
    {
        var errors = Rules.Errors("""{"all":[{"field":"city","op":"eq","value":"Porto"},{"any":[{"field":"city","op":"gt","value":"x"}]}]}""");

        Assert.Equal(["rules.all[1].any[0].op"], errors.Keys);
    }

    [Theory]
    [InlineData("""{"all":[{"field":"shoeSize","op":"eq","value":42}]}""", "rules.all[0].field")]
    [InlineData("""{"all":[{"field":"birthYear","op":"gt","value":"old"}]}""", "rules.all[0].value")]
    [InlineData("""{"all":[{"field":"city","op":"in","value":"Porto"}]}""", "rules.all[0].value")]
    [InlineData("""{"all":[{"field":"city","op":"eq"}]}""", "rules.all[0].value")]
    [InlineData("""{"all":[]}""", "rules.all")]
    [InlineData("""{"all":[{"field":"city","op":"eq","value":"a"}],"any":[{"field":"city","op":"eq","value":"b"}]}""", "rules")]
    [InlineData("""[1,2]""", "rules")]
    [InlineData("""{"any":[{"field":"replenishmentDue","op":"eq","value":"yes"}]}""", "rules.any[0].value")]
    [InlineData("""{"any":[{"field":"customerId","op":"eq","value":"not-a-guid"}]}""", "rules.any[0].value")]
    [InlineData("""{"any":[{"field":"city","op":"EQ","value":"x"}]}""", "rules.any[0].op")]
    public void Invalid_rule_trees_name_the_bad_node(string json, string path)
    {
        Assert.Contains(path, Rules.Errors(json).Keys);
    }

    [Fact]
    public void Trees_nested_too_deep_are_refused()
    {
        var json = string.Concat(Enumerable.Repeat("{\"all\":[", 10)) + "{\"field\":\"city\",\"op\":\"eq\",\"value\":\"x\"}" + string.Concat(Enumerable.Repeat("]}", 10));

        Assert.NotEmpty(Rules.Errors(json));
    }
}
