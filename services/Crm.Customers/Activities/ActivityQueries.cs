using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Activities;

public static class ActivityQueries
{
    public const int Max = 200;

    /// <summary>Open activities of an owner (the caller by default), soonest due first; <c>due</c> narrows to overdue, today or this week.</summary>
    public static async Task<Results<Ok<Page<ActivityResponse>>, ProblemHttpResult>> List(
        [AsParameters] CustomerServices services, HttpContext http, string? ownerId, string? due, Guid? customerId, CancellationToken ct)
    {
        if (ownerId is { Length: > 64 })
        {
            return Problems.Validation("ownerId", "At most 64 characters.");
        }

        if (!FollowUpRules.TryParseDue(due, out var dueRange))
        {
            return Problems.Validation("due", "One of: overdue, today, week.");
        }

        var owner = string.IsNullOrWhiteSpace(ownerId) ? http.User.Subject() : ownerId.Trim();
        var query = services.Db.Set<Activity>().AsNoTracking().Where(a => a.CompletedAt == null);
        query = customerId is { } customer ? query.Where(a => a.CustomerId == customer) : query.Where(a => a.OwnerId == owner);
        if (dueRange is { } d)
        {
            var (from, to) = FollowUpRules.Range(d, services.Time.GetUtcNow());
            query = query.Where(a => a.DueAt != null && a.DueAt < to);
            query = from is { } f ? query.Where(a => a.DueAt >= f) : query;
        }

        var rows = await query.ToListAsync(ct);
        var items = rows.OrderBy(a => a.DueAt ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id).Take(Max).Select(a => ActivityResponse.From(a)).ToList();
        return TypedResults.Ok(new Page<ActivityResponse>(items, null));
    }
}
