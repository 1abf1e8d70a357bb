namespace Crm.Contracts.Campaigns;

public sealed record CampaignMessageSent(
    Guid MessageId,
    Guid CampaignId,
    Guid CustomerId,
    string CampaignName,
    string Channel,
    string SourceCode,
    DateTimeOffset OccurredAt);
