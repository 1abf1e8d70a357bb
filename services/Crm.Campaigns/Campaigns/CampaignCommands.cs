using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Campaigns;

/// <summary>The status workflow's endpoints: each loads the campaign, asks it for the change, saves and answers.</summary>
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

        return await ChangeAsync(id, services, campaign => campaign.Schedule(at), (c, n) => TypedResults.Ok(CampaignResponse.From(c, n)));
    }

    public static async Task<Results<Accepted<CampaignResponse>, ProblemHttpResult>> Launch(Guid id, [AsParameters] CampaignServices services)
    {
        var result = await ChangeAsync(id, services, campaign => campaign.Launch(services.Time.GetUtcNow()),
            (c, n) => TypedResults.Accepted($"/api/campaigns/{c.Id}", CampaignResponse.From(c, n)));
        services.Launcher.Notify();
        return result;
    }

    public static async Task<Results<Ok<CampaignResponse>, ProblemHttpResult>> Cancel(Guid id, [AsParameters] CampaignServices services) =>
        await ChangeAsync(id, services, campaign => campaign.Cancel(services.Time.GetUtcNow()), (c, n) => TypedResults.Ok(CampaignResponse.From(c, n)));

    /// <summary>Applies a change under the campaign's version (a launcher batch committing meanwhile is retried over).</summary>
    private static async Task<Results<TOk, ProblemHttpResult>> ChangeAsync<TOk>(
        Guid id, CampaignServices services, Func<Campaign, Outcome> change, Func<Campaign, int, TOk> ok) where TOk : IResult
    {
        for (var attempt = 0; ; attempt++)
        {
            services.Db.ChangeTracker.Clear();
            var campaign = await services.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
            if (campaign is null)
            {
                return Problems.NotFound("Campaign");
            }

            var outcome = change(campaign);
            if (outcome.IsRefused)
            {
                return Problems.Conflict(outcome.Reason!);
            }

            if (outcome.IsChanged)
            {
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
}
