namespace Crm.Contracts.Campaigns;

/// <summary>A customer used the unsubscribe link of a message: the customers service withdraws marketing consent on that channel.</summary>
public sealed record MarketingConsentWithdrawn(Guid CustomerId, string Channel, Guid? CampaignId, DateTimeOffset OccurredAt);
