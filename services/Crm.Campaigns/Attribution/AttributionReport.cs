namespace Crm.Campaigns.Attribution;

/// <summary>Conversions and revenue by source code and channel for purchases in [from, to).</summary>
public sealed record AttributionReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<AttributionRow> Items, int TotalConversions);

public sealed record AttributionRow(string SourceCode, string Channel, Guid CampaignId, string Currency, int Conversions, decimal Revenue);
