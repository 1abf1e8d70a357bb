using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Data;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.CrossSell;

public static class RecommendationsApi
{
    public static RouteGroupBuilder MapRecommendationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/recommendations").WithTags("Recommendations").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/{customerId:guid}", GetRecommendations).WithName("GetRecommendations")
            .WithSummary("Cross-sell suggestions from purchase histories, each with its reason");
        return api;
    }

    public static async Task<Results<Ok<RecommendationsResponse>, ProblemHttpResult>> GetRecommendations(
        Guid customerId, CampaignsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Audience.AnyAsync(m => m.CustomerId == customerId && m.Known && !m.Erased, ct))
        {
            return Problems.NotFound("Customer");
        }

        var history = await db.Purchases.AsNoTracking().Where(p => p.CustomerId == customerId)
            .Select(p => new { p.Sku, p.ProductModel, p.Category, p.PurchasedAt }).ToListAsync(ct);
        var owned = history.Select(h => h.ProductModel ?? h.Sku).ToHashSet(StringComparer.Ordinal);
        var ownedList = owned.ToList();
        var pairs = await db.ProductPairs.AsNoTracking().Where(p => ownedList.Contains(p.Product) && p.Customers >= Recommender.MinSupport).ToListAsync(ct);
        var owners = await db.ProductOwners.AsNoTracking().Where(p => ownedList.Contains(p.Product)).ToDictionaryAsync(p => p.Product, p => p.Customers, ct);
        var items = Recommender.Recommend(owned, pairs, owners, history.Select(h => new PurchasePoint(h.Category, h.PurchasedAt)), time.GetUtcNow());
        return TypedResults.Ok(new RecommendationsResponse(customerId, items));
    }
}
