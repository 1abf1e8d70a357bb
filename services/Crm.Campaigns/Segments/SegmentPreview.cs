namespace Crm.Campaigns.Segments;

/// <summary>How many customers a segment holds right now, and a few of them.</summary>
public sealed record SegmentPreview(int Count, IReadOnlyList<SegmentSampleMember> Sample, DateTimeOffset EvaluatedAt);

public sealed record SegmentSampleMember(Guid CustomerId, string? FirstName, string? LastName, string? LifecycleStage, string? City, string? Country);
