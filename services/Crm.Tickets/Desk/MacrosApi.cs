using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Desk;

public static class MacrosApi
{
    public static void MapMacrosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tickets").WithTags("Macros");
        api.MapPost("/macros", CreateMacro).WithName("CreateMacro").WithSummary("Save a reply for agents to reuse").RequireAuthorization(CrmPolicies.Admin);
        api.MapGet("/macros", ListMacros).WithName("ListMacros").WithSummary("The desk's saved replies").RequireAuthorization(CrmPolicies.ServiceDesk);
        api.MapPost("/{id:guid}/macros/{macroId:guid}/apply", ApplyMacro).WithName("ApplyMacro").WithSummary("Reply with a saved reply and apply its status").RequireAuthorization(CrmPolicies.ServiceDesk);
    }

    public static async Task<Results<Created<Macro>, ProblemHttpResult>> CreateMacro(MacroRequest request, [AsParameters] TicketServices services)
    {
        var errors = new ValidationErrors()
            .Required("name", request.Name, 100)
            .Required("body", request.Body, TicketLimits.Description)
            .When(request.SetStatus is TicketStatus.New, "setStatus", "open, pending, resolved or closed.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await services.Db.Macros.AnyAsync(m => m.Name == request.Name!.Trim()))
        {
            return Problems.Conflict("A macro with this name exists.");
        }

        var macro = new Macro { Id = Guid.CreateVersion7(), Name = request.Name!.Trim(), Body = request.Body!.Trim(), Internal = request.Internal ?? false, SetStatus = request.SetStatus, CreatedAt = services.Time.GetUtcNow() };
        services.Db.Macros.Add(macro);
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/tickets/macros/{macro.Id}", macro);
    }

    public static async Task<Ok<List<Macro>>> ListMacros([AsParameters] TicketServices services) =>
        TypedResults.Ok(await services.Db.Macros.AsNoTracking().OrderBy(m => m.Name).ToListAsync());

    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> ApplyMacro(Guid id, Guid macroId, [AsParameters] TicketServices services, HttpContext http)
    {
        var macro = await services.Db.Macros.AsNoTracking().FirstOrDefaultAsync(m => m.Id == macroId);
        if (macro is null)
        {
            return Problems.NotFound("Macro");
        }

        var ticket = await services.Db.Tickets.FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        if (macro.SetStatus is { } target && target != ticket.Status && !TicketWorkflow.CanMove(ticket.Status, target))
        {
            return Problems.Conflict($"A {TicketWorkflow.Name(ticket.Status)} ticket cannot become {TicketWorkflow.Name(target)}.");
        }

        var result = await TicketsApi.Comment(id, new CommentRequest(macro.Body, macro.Internal), services, http);
        if (result.Result is ProblemHttpResult problem)
        {
            return problem;
        }

        if (macro.SetStatus is { } status && status != ticket.Status)
        {
            return await TicketsApi.ChangeStatus(id, new StatusRequest(status, null), services, http);
        }

        return (Ok<TicketResponse>)result.Result;
    }
}
