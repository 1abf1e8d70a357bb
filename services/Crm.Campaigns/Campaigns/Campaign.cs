using Crm.BuildingBlocks.Rules;

namespace Crm.Campaigns.Campaigns;

/// <summary>
/// A message to a segment on one channel: draft → scheduled → running → completed, or cancelled before it completes.
/// The launch walks the segment in customer-id order; <see cref="LaunchCursor"/> is the last customer decided, so a
/// restarted launcher continues where the last committed batch ended.
/// </summary>
public sealed class Campaign
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid SegmentId { get; set; }
    public CampaignChannel Channel { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>How customers heard of us: purchases that carry this code are this campaign's conversions.</summary>
    public required string SourceCode { get; set; }
    public CampaignStatus Status { get; set; }
    public DateTimeOffset? ScheduledAt { get; set; }
    /// <summary>When the launch began; the moment segment rules are evaluated at, for every batch alike.</summary>
    public DateTimeOffset? LaunchedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public Guid? LaunchCursor { get; set; }
    public int Targeted { get; set; }
    public int Sent { get; set; }
    public int SuppressedNoConsent { get; set; }
    public int SuppressedPressure { get; set; }
    /// <summary>Bumped by every status change, so a launcher batch never commits over a cancellation.</summary>
    public long Version { get; set; }

    public Outcome Schedule(DateTimeOffset at)
    {
        if (Status is not (CampaignStatus.Draft or CampaignStatus.Scheduled))
        {
            return Outcome.Refused($"A {NameOf(Status)} campaign cannot be scheduled.");
        }

        Status = CampaignStatus.Scheduled;
        ScheduledAt = at.ToUniversalTime();
        Version++;
        return Outcome.Changed;
    }

    /// <summary>A repeated launch changes nothing: every member is (being) decided once already.</summary>
    public Outcome Launch(DateTimeOffset now)
    {
        switch (Status)
        {
            case CampaignStatus.Running or CampaignStatus.Completed:
                return Outcome.Unchanged;
            case CampaignStatus.Draft or CampaignStatus.Scheduled:
                Status = CampaignStatus.Running;
                LaunchedAt = now;
                Version++;
                return Outcome.Changed;
            default:
                return Outcome.Refused($"A {NameOf(Status)} campaign cannot be launched.");
        }
    }

    public Outcome Cancel(DateTimeOffset now)
    {
        switch (Status)
        {
            case CampaignStatus.Cancelled:
                return Outcome.Unchanged;
            case CampaignStatus.Completed:
                return Outcome.Refused("A completed campaign cannot be cancelled.");
            default:
                Status = CampaignStatus.Cancelled;
                CancelledAt = now;
                Version++;
                return Outcome.Changed;
        }
    }

    private static string NameOf(CampaignStatus status) => status.ToString().ToLowerInvariant();
}
