using System.Globalization;
using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Timeline;

public static class TimelineApi
{
    public static void MapTimelineApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/customers/{id:guid}/timeline", GetTimeline).WithTags("Timeline").WithName("GetCustomerTimeline")
            .WithSummary("Everything that happened with the customer, newest first").RequireAuthorization(CrmPolicies.CustomerReaders);

    public static async Task<Results<Ok<Page<TimelineItem>>, ProblemHttpResult>> GetTimeline(Guid id, [AsParameters] CustomerServices services, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var query = services.Db.Timeline.AsNoTracking().Where(t => t.CustomerId == id);
        if (page.After is { } after && DateTimeOffset.TryParse(after.Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
        {
            query = query.Where(t => t.OccurredAt < at || (t.OccurredAt == at && t.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, t => new Cursor(t.OccurredAt.ToString("O", CultureInfo.InvariantCulture), t.Id), TimelineItem.From));
    }
}
