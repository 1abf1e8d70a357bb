using Crm.BuildingBlocks.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Campaigns;

/// <summary>The status workflow: draft → scheduled → running → completed; cancelled from any state before completed.</summary>
public static class CampaignCommands
{
    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> Schedule(
        Guid id, ScheduleCampaignRequest request, [AsParameters] CampaignServices services)
    {
        var now = services.Time.GetUtcNow();
        if (request.At is not { } at || at <= now)
        {
            return Problems.Validation("at", "Required, and in the future.");
        }

        return await ChangeAsync(id, services, campaign =>
        {
            if (campaign.Status is not (CampaignStatus.Draft or CampaignStatus.Scheduled))
            {
                return $"A {Name(campaign.Status)} campaign cannot be scheduled.";
            }

            campaign.Status = CampaignStatus.Scheduled;
            campaign.ScheduledAt = at.ToUniversalTime();
            return null;
        }, (c, n) => TypedResults.Ok(CampaignResponse.From(c, n)));
    }

    public static async Task<Results<Accepted<CampaignResponse>, ProblemHttpResult>> Launch(Guid id, [AsParameters] CampaignServices services)
    {
        var result = await ChangeAsync(id, services, campaign =>
        {
            switch (campaign.Status)
            {
                case CampaignStatus.Running or CampaignStatus.Completed:
                    return ""; // a repeated launch: every member is (being) decided once already, nothing changes
                case CampaignStatus.Draft or CampaignStatus.Scheduled:
                    campaign.Status = CampaignStatus.Running;
                    campaign.LaunchedAt = services.Time.GetUtcNow();
                    return null;
                default:
                    return $"A {Name(campaign.Status)} campaign cannot be launched.";
            }
        }, (c, n) => TypedResults.Accepted($"/api/campaigns/{c.Id}", CampaignResponse.From(c, n)));
        services.Launcher.Notify();
        return result;
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> Cancel(Guid id, [AsParameters] CampaignServices services) =>
        await ChangeAsync(id, services, campaign =>
        {
            switch (campaign.Status)
            {
                case CampaignStatus.Cancelled:
                    return "";
                case CampaignStatus.Completed:
                    return "A completed campaign cannot be cancelled.";
                default:
                    campaign.Status = CampaignStatus.Cancelled;
                    campaign.CancelledAt = services.Time.GetUtcNow();
                    return null;
            }
        }, (c, n) => TypedResults.Ok(CampaignResponse.From(c, n)));

    /// <summary>
    /// Applies a transition under the campaign's version (a launcher batch committing meanwhile is retried over).
    /// The transition returns null when it changed the campaign, "" when nothing needs to change, or a conflict.
    /// </summary>
    private static async Task<Results<TOk, ProblemHttpResult>> ChangeAsync<TOk>(
        Guid id, CampaignServices services, Func<Campaign, string?> transition, Func<Campaign, int, TOk> ok) where TOk : IResult
    {
        for (var attempt = 0; ; attempt++)
        {
            services.Db.ChangeTracker.Clear();
            var campaign = await services.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
            if (campaign is null)
            {
                return Problems.NotFound("Campaign");
            }

            var conflict = transition(campaign);
            if (conflict is { Length: > 0 })
            {
                return Problems.Conflict(conflict);
            }

            if (conflict is null)
            {
                campaign.Version++;
                try
                {
                    await services.Db.SaveChangesAsync(services.Cancellation);
                }
                catch (DbUpdateConcurrencyException) when (attempt < 5)
                {
                    continue;
                }
            }

            return ok(campaign, await CampaignsApi.ConversionsOf(services, id));
        }
    }

    private static string Name(CampaignStatus status) => status.ToString().ToLowerInvariant();
}
