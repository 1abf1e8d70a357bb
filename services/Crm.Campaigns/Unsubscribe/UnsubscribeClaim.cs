using Crm.Campaigns.Campaigns;

namespace Crm.Campaigns.Unsubscribe;

/// <summary>What an unsubscribe link says: this customer no longer wants this channel (from this campaign's message).</summary>
public sealed record UnsubscribeClaim(Guid CustomerId, CampaignChannel Channel, Guid CampaignId);
