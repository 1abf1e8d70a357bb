namespace Crm.Campaigns.Campaigns;

public sealed record CampaignStats(int Targeted, int Sent, int SuppressedNoConsent, int SuppressedPressure, int Conversions);

public sealed record CampaignResponse(
    Guid Id,
    string Name,
    Guid SegmentId,
    CampaignChannel Channel,
    string? Subject,
    string Body,
    string SourceCode,
    CampaignStatus Status,
    DateTimeOffset? ScheduledAt,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? CancelledAt,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    CampaignStats Stats)
{
    public static CampaignResponse From(Campaign c, int conversions) => new(
        c.Id, c.Name, c.SegmentId, c.Channel, c.Subject, c.Body, c.SourceCode, c.Status, c.ScheduledAt, c.LaunchedAt, c.CompletedAt,
        c.CancelledAt, c.CreatedAt, c.CreatedBy, new CampaignStats(c.Targeted, c.Sent, c.SuppressedNoConsent, c.SuppressedPressure, conversions));
}
