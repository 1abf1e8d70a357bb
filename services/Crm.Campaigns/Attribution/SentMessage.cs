using Crm.Campaigns.Campaigns;

namespace Crm.Campaigns.Attribution;

/// <summary>A campaign message a customer was sent: a candidate for the credit of their next purchase.</summary>
public sealed record SentMessage(Guid CampaignId, string SourceCode, CampaignChannel Channel, DateTimeOffset SentAt);
