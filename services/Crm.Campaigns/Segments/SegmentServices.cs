using Crm.Campaigns.Data;

namespace Crm.Campaigns.Segments;

/// <summary>What the segment endpoints need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record SegmentServices(CampaignsDbContext Db, TimeProvider Time, SegmentRuleCache Rules, CancellationToken Cancellation);
