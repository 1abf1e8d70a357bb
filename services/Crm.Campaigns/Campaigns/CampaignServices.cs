using Crm.Campaigns.Campaigns.Launch;
using Crm.Campaigns.Data;

namespace Crm.Campaigns.Campaigns;

/// <summary>What the campaign endpoints need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record CampaignServices(CampaignsDbContext Db, TimeProvider Time, LaunchSignal Launcher, CancellationToken Cancellation);
