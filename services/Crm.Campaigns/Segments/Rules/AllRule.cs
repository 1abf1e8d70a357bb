namespace Crm.Campaigns.Segments.Rules;

/// <summary>Matches when every child matches.</summary>
public sealed record AllRule(IReadOnlyList<SegmentRule> Rules) : SegmentRule;
