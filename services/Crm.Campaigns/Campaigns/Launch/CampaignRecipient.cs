namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>The one decision a launch made about one member: its key (campaign, customer) makes a second decision impossible.</summary>
public sealed class CampaignRecipient
{
    public Guid CampaignId { get; set; }
    public Guid CustomerId { get; set; }
    public RecipientOutcome Outcome { get; set; }
    public Guid? MessageId { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    /// <summary>When the channel adapter took the message; null for a sent decision whose delivery is still due.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }
}
