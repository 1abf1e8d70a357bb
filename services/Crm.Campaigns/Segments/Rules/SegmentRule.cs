namespace Crm.Campaigns.Segments.Rules;

/// <summary>A node of a segment's rule tree: <see cref="AllRule"/>, <see cref="AnyRule"/> or a <see cref="ConditionRule"/> leaf.</summary>
public abstract record SegmentRule;
