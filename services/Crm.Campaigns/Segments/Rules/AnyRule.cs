namespace Crm.Campaigns.Segments.Rules;

/// <summary>Matches when at least one child matches.</summary>
public sealed record AnyRule(IReadOnlyList<SegmentRule> Rules) : SegmentRule;
