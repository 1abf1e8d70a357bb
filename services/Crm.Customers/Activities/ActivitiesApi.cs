using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.ContactPressure;
using Crm.Customers.Interactions;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Customers.Activities;

public sealed record ScheduleActivityRequest(ActivityType? Type, string? Subject, DateTimeOffset? DueAt, string? OwnerId);

public sealed record CompleteActivityRequest(string? Outcome);

public sealed record ActivityResponse(
    Guid Id, Guid CustomerId, ActivityType Type, string Subject, DateTimeOffset? DueAt, string? OwnerId, string Status,
    DateTimeOffset? CompletedAt, string? Outcome, Guid? InteractionId, DateTimeOffset CreatedAt, string? Warning = null)
{
    public static ActivityResponse From(Activity a, string? warning = null) => new(
        a.Id, a.CustomerId, a.Type, a.Subject, a.DueAt, a.OwnerId, a.IsOpen ? "open" : "completed", a.CompletedAt, a.Outcome, a.InteractionId, a.CreatedAt, warning);
}

/// <summary>Calls, meetings, tasks and emails planned with customers; completing one records how it went on the timeline.</summary>
public static class ActivitiesApi
{
    public static void MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/customers/{id:guid}/activities", Schedule).WithTags("Activities").WithName("ScheduleActivity")
            .WithSummary("Plan a call, meeting, task or email; warns when the customer was contacted recently").RequireAuthorization(CrmPolicies.CustomerWriters);
        var api = app.MapGroup("/api/activities").WithTags("Activities").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapPost("/{id:guid}/complete", Complete).WithName("CompleteActivity").WithSummary("Record how an activity went");
        api.MapGet("/", ActivityQueries.List).WithName("ListActivities").WithSummary("An owner's open activities: overdue, due today or this week");
    }

    public static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> Schedule(
        Guid id, ScheduleActivityRequest request, [AsParameters] CustomerServices services, IContactPressure pressure, IOptions<ContactPressureOptions> options, HttpContext http)
    {
        var now = services.Time.GetUtcNow();
        var errors = new ValidationErrors()
            .When(request.Type is null, "type", "Required: call, meeting, task or email.")
            .Name("subject", request.Subject, 500)
            .When(request.DueAt is { } due && (due < now.AddYears(-1) || due > now.AddYears(5)), "dueAt", "Within a year ago and five years ahead.")
            .MaxLength("ownerId", request.OwnerId, 64);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var activity = new Activity
        {
            Id = Guid.CreateVersion7(), CustomerId = id, Type = request.Type!.Value, Subject = request.Subject!.Trim(), DueAt = request.DueAt?.ToUniversalTime(),
            OwnerId = string.IsNullOrWhiteSpace(request.OwnerId) ? http.User.Subject() : request.OwnerId.Trim(), CreatedBy = http.User.Subject(), CreatedAt = now,
        };
        string? warning = null;
        if (FollowUpRules.IsOutbound(activity.Type))
        {
            var window = options.Value.Window;
            var since = now - window;
            var last = await services.Db.Interactions.AsNoTracking().Where(i => i.CustomerId == id && i.Direction == InteractionDirection.Outbound && i.OccurredAt > since)
                .OrderByDescending(i => i.OccurredAt).Select(i => (DateTimeOffset?)i.OccurredAt).FirstOrDefaultAsync();
            warning = FollowUpRules.PressureWarning(activity.Type, last, await pressure.CountAsync(id), window, now);
        }

        services.Db.Add(activity);
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/activities/{activity.Id}", ActivityResponse.From(activity, warning));
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Complete(Guid id, CompleteActivityRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        var errors = new ValidationErrors().Required("outcome", request.Outcome, 500);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var activity = await services.Db.Set<Activity>().FirstOrDefaultAsync(a => a.Id == id);
        if (activity is null)
        {
            return Problems.NotFound("Activity");
        }

        var now = services.Time.GetUtcNow();
        var done = activity.Complete(request.Outcome!.Trim(), now);
        if (done.IsRefused)
        {
            return Problems.Conflict(done.Reason!);
        }

        ActivityTimeline.Record(services, activity, http.User.Subject(), now);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The activity was completed meanwhile.");
        }

        return TypedResults.Ok(ActivityResponse.From(activity));
    }
}
