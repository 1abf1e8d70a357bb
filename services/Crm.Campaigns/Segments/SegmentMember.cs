namespace Crm.Campaigns.Segments;

/// <summary>A customer currently in a segment; kept current by the audience events (no periodic rebuild).</summary>
public sealed class SegmentMember
{
    public Guid SegmentId { get; set; }
    public Guid CustomerId { get; set; }
    public DateTimeOffset Since { get; set; }
}
