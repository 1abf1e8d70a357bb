namespace Crm.Campaigns.Campaigns;

public sealed record CreateCampaignRequest(string? Name, Guid? SegmentId, CampaignChannel? Channel, string? Subject, string? Body, string? SourceCode);

public sealed record ScheduleCampaignRequest(DateTimeOffset? At);
