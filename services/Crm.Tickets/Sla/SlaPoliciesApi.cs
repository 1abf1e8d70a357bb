using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Desk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Sla;

/// <summary>Admins read and change the targets per priority; new deadlines follow at once, open tickets keep theirs.</summary>
public static class SlaPoliciesApi
{
    private const int MaxMinutes = 60 * 24 * 90;

    public static void MapSlaPoliciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tickets/sla-policies").WithTags("SLA");
        api.MapGet("/", List).WithName("ListSlaPolicies").WithSummary("Targets per priority, in business minutes").RequireAuthorization(CrmPolicies.ServiceDesk);
        api.MapPut("/", Put).WithName("SetSlaPolicy").WithSummary("Change the targets of a priority").RequireAuthorization(CrmPolicies.Management);
    }

    public static async Task<Ok<List<SlaPolicy>>> List([AsParameters] TicketServices services) =>
        TypedResults.Ok(await services.Db.SlaPolicies.AsNoTracking().OrderBy(p => p.Priority).ToListAsync());

    public static async Task<Results<Ok<SlaPolicy>, ProblemHttpResult>> Put(SlaPolicyRequest request, [AsParameters] TicketServices services, SlaPolicyStore store, HttpContext http)
    {
        var errors = new ValidationErrors()
            .When(request.Priority is null, "priority", "Required: low, normal, high or urgent.")
            .When(request.FirstResponseMinutes is not (> 0 and <= MaxMinutes), "firstResponseMinutes", $"1 to {MaxMinutes}.")
            .When(request.NextReplyMinutes is not (> 0 and <= MaxMinutes), "nextReplyMinutes", $"1 to {MaxMinutes}.")
            .When(request.ResolutionMinutes is not (> 0 and <= MaxMinutes), "resolutionMinutes", $"1 to {MaxMinutes}.")
            .When(request.ResolutionMinutes < request.FirstResponseMinutes, "resolutionMinutes", "Cannot be shorter than the first response.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var priority = request.Priority!.Value.ToString().ToLowerInvariant();
        var policy = await services.Db.SlaPolicies.FirstOrDefaultAsync(p => p.Priority == priority);
        if (policy is null)
        {
            policy = new SlaPolicy { Priority = priority };
            services.Db.SlaPolicies.Add(policy);
        }

        (policy.FirstResponseMinutes, policy.NextReplyMinutes, policy.ResolutionMinutes) = (request.FirstResponseMinutes!.Value, request.NextReplyMinutes!.Value, request.ResolutionMinutes!.Value);
        (policy.UpdatedAt, policy.UpdatedBy) = (services.Time.GetUtcNow(), http.User.Subject());
        await services.Db.SaveChangesAsync();
        await store.LoadAsync(services.Db, services.Time);
        return TypedResults.Ok(policy);
    }
}
