using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Desk;

/// <summary><c>PATCH /api/tickets/{id}</c>: an agent corrects a ticket's details or re-prioritises it, under If-Match.</summary>
public static class TicketUpdates
{
    public static async Task<Results<Ok<TicketResponse>, ProblemHttpResult>> UpdateTicket(
        Guid id, UpdateTicketRequest request, [AsParameters] TicketServices services, HttpContext http)
    {
        var ticket = await services.Db.Tickets.Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == id);
        if (ticket is null)
        {
            return Problems.NotFound("Ticket");
        }

        if (ETags.Precondition(http.Request, ticket.Version) is { } precondition)
        {
            return precondition;
        }

        var errors = new ValidationErrors()
            .When(request.Subject is not null && string.IsNullOrWhiteSpace(request.Subject), "subject", "Cannot be blank.")
            .Name("subject", request.Subject, TicketLimits.Subject, required: false)
            .When(request.Description is not null && string.IsNullOrWhiteSpace(request.Description), "description", "Cannot be blank.")
            .MaxLength("description", request.Description, TicketLimits.Description)
            .MaxLength("category", request.Category, 100)
            .MaxLength("productModel", request.ProductModel, 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = services.Time.GetUtcNow();
        var correction = new TicketCorrection(
            request.Subject is null ? ticket.Subject : DisplayText.Normalize(request.Subject), request.Description?.Trim() ?? ticket.Description,
            Merge(ticket.Category, request.Category), Merge(ticket.ProductModel, request.ProductModel), request.Priority ?? ticket.Priority);
        if (ticket.Correct(correction, now, services.Sla) is { IsRefused: true } refused)
        {
            return Problems.Conflict(refused.Reason!);
        }

        services.Db.PublishRaised(ticket, now);
        await services.Db.SaveChangesAsync();
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    private static string? Merge(string? current, string? requested) =>
        requested is null ? current : string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
}
