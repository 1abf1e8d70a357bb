using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Insights;

public static class InsightsApi
{
    public static void MapInsightsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/customers/{id:guid}/insights", GetInsights).WithTags("Insights").WithName("GetCustomerInsights")
            .WithSummary("Recency, frequency, monetary value and purchase interval").RequireAuthorization(CrmPolicies.CustomerReaders);

    public static async Task<Results<Ok<PurchaseInsights>, ProblemHttpResult>> GetInsights(Guid id, [AsParameters] CustomerServices services, CancellationToken ct)
    {
        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null, ct))
        {
            return Problems.NotFound("Customer");
        }

        // Cached facts, not the figures: recency moves with the clock.
        var facts = await services.Cache.GetOrCreateAsync($"customer:{id}:purchases", async token =>
            await services.Db.Purchases.AsNoTracking().Where(p => p.CustomerId == id)
                .Select(p => new PurchaseFact(p.PurchasedAt, p.Amount, p.Currency)).ToListAsync(token),
            tags: [CustomerCache.Tag(id)], cancellationToken: ct);
        return TypedResults.Ok(PurchaseInsights.Compute(facts, services.Time.GetUtcNow()));
    }
}
