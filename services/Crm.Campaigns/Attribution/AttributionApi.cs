using Crm.BuildingBlocks.Api;
using Crm.Campaigns.Data;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Attribution;

public static class AttributionApi
{
    public static RouteGroupBuilder MapAttributionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns/attribution").WithTags("Attribution").RequireAuthorization(CrmPolicies.Marketing);
        api.MapGet("/", GetAttribution).WithName("GetAttribution")
            .WithSummary("Conversions and revenue by source code and channel (from defaults to 30 days ago, to to now)");
        return api;
    }

    public static async Task<Results<Ok<AttributionReport>, ProblemHttpResult>> GetAttribution(
        DateTimeOffset? from, DateTimeOffset? to, CampaignsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var end = (to ?? time.GetUtcNow()).ToUniversalTime();
        var start = (from ?? end.AddDays(-30)).ToUniversalTime();
        if (start >= end)
        {
            return Problems.Validation("from", "Must be before to.");
        }

        var rows = await db.Conversions.AsNoTracking()
            .Where(c => c.PurchasedAt >= start && c.PurchasedAt < end)
            .GroupBy(c => new { c.SourceCode, c.Channel, c.CampaignId, c.Currency })
            .Select(g => new { g.Key, Count = g.Count(), Revenue = g.Sum(c => c.Amount) })
            .ToListAsync(ct);
        var items = rows
            .Select(r => new AttributionRow(r.Key.SourceCode, r.Key.Channel.ToString().ToLowerInvariant(), r.Key.CampaignId, r.Key.Currency, r.Count, r.Revenue))
            .OrderByDescending(r => r.Conversions).ThenBy(r => r.SourceCode, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new AttributionReport(start, end, items, items.Sum(i => i.Conversions)));
    }
}
