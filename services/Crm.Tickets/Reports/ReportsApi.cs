using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Desk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Reports;

public static class ReportsApi
{
    private static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public static void MapReportsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/tickets/reports/sla", GetSlaReport).WithTags("Tickets").WithName("GetSlaReport")
            .WithSummary("Volume, SLA attainment and time to first response for tickets opened in a period").RequireAuthorization(CrmPolicies.ServiceDesk);

    public static async Task<Results<Ok<SlaReport>, ProblemHttpResult>> GetSlaReport([AsParameters] TicketServices services, DateTimeOffset? from, DateTimeOffset? to)
    {
        var now = services.Time.GetUtcNow();
        var start = from ?? now.AddDays(-30);
        var end = to ?? now;
        var errors = new ValidationErrors()
            .When(end <= start, "to", "Must be after from.")
            .When(end - start > MaxPeriod, "to", "At most a year per report.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var facts = await services.Db.Tickets.AsNoTracking().Where(t => t.CreatedAt >= start && t.CreatedAt < end)
            .Select(t => new TicketFact(t.Status, t.Priority, t.CreatedAt, t.FirstResponseAt, t.FirstResponseDueAt, t.ResolvedAt, t.ResolutionDueAt))
            .ToListAsync();
        return TypedResults.Ok(SlaReport.Compute(facts, now));
    }
}
