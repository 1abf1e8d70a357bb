using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Data;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Audience;

public static class AudienceApi
{
    public static RouteGroupBuilder MapAudienceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns/audience").WithTags("Audience").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/{customerId:guid}", GetAudienceMember).WithName("GetAudienceMember")
            .WithSummary("What marketing knows about a customer: profile, consent, purchases, partner attributes");
        return api;
    }

    public static async Task<Results<Ok<AudienceResponse>, ProblemHttpResult>> GetAudienceMember(Guid customerId, CampaignsDbContext db, CancellationToken ct)
    {
        var member = await db.Audience.AsNoTracking().Include(m => m.PartnerAttributes).FirstOrDefaultAsync(m => m.CustomerId == customerId, ct);
        if (member is null || !member.IsTargetable)
        {
            return Problems.NotFound("Customer");
        }

        member.ProductModels.UnionWith(await db.Purchases.AsNoTracking()
            .Where(p => p.CustomerId == customerId && p.ProductModel != null).Select(p => p.ProductModel!).Distinct().ToListAsync(ct));
        return TypedResults.Ok(AudienceResponse.From(member));
    }
}
