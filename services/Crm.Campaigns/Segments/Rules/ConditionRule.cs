namespace Crm.Campaigns.Segments.Rules;

/// <summary>
/// A leaf <c>{field, op, value}</c>. <see cref="Texts"/> holds the value(s) of text fields, <see cref="Numbers"/> of numeric
/// ones and <see cref="Flag"/> of yes/no ones; single-valued operators use the first. <see cref="PartnerAttribute"/> names
/// the attribute of a <c>partner.&lt;name&gt;</c> field.
/// </summary>
public sealed record ConditionRule(
    RuleField Field,
    RuleOperator Op,
    IReadOnlyList<string> Texts,
    IReadOnlyList<decimal> Numbers,
    bool Flag,
    string? PartnerAttribute = null) : SegmentRule
{
    public string Text => Texts[0];
    public decimal Number => Numbers[0];
}
