namespace Crm.Campaigns.Campaigns.Delivery;

/// <summary>A message as the default channel adapter delivered it: the rendered content, kept for audit and the web channel.</summary>
public sealed class DeliveryLogEntry
{
    public Guid MessageId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid CustomerId { get; set; }
    public CampaignChannel Channel { get; set; }
    public string? Address { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset DeliveredAt { get; set; }
}
