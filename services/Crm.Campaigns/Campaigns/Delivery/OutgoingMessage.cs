namespace Crm.Campaigns.Campaigns.Delivery;

/// <summary>One rendered campaign message for one customer, ready for its channel.</summary>
public sealed record OutgoingMessage(
    Guid MessageId, Guid CampaignId, Guid CustomerId, CampaignChannel Channel, string? Address, string? Subject, string Body);
