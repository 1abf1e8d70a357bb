using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Audience;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Crm.Contracts.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Campaigns.Unsubscribe;

public static class UnsubscribeApi
{
    public static RouteGroupBuilder MapUnsubscribeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/unsubscribe").WithTags("Unsubscribe").AllowAnonymous();
        api.MapPost("/{token}", Unsubscribe).WithName("Unsubscribe")
            .WithSummary("The link in a message: withdraws marketing consent on its channel (the token is the credential)");
        return api;
    }

    /// <summary>
    /// Marks the channel do-not-contact here at once (no later message of any campaign on that channel reaches the
    /// customer) and tells the customers service, which withdraws the consent and announces it to everyone.
    /// </summary>
    public static async Task<Results<Ok<UnsubscribeResponse>, ProblemHttpResult>> Unsubscribe(
        string token, UnsubscribeTokens tokens, CampaignsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!tokens.TryRead(token, out var claim))
        {
            return Problems.NotFound("Unsubscribe link");
        }

        var now = time.GetUtcNow();
        var member = await AudienceStore.LoadOrAddAsync(db, claim!.CustomerId, ct);
        if (!member.Erased)
        {
            MarketingConsent.Apply(member, claim.Channel.ToString().ToLowerInvariant(), granted: false, now);
            db.Publish(new MarketingConsentWithdrawn(claim.CustomerId, claim.Channel.ToString().ToLowerInvariant(), claim.CampaignId, now), now);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new UnsubscribeResponse(claim.Channel, true));
    }
}
