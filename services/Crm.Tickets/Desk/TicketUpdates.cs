using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.Contracts.Tickets;
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

        if (ticket.Status == TicketStatus.Closed)
        {
            return Problems.Conflict("A closed ticket cannot be changed.");
        }

        var now = services.Time.GetUtcNow();
        ticket.Subject = request.Subject is null ? ticket.Subject : DisplayText.Normalize(request.Subject);
        ticket.Description = request.Description?.Trim() ?? ticket.Description;
        ticket.Category = Merge(ticket.Category, request.Category);
        ticket.ProductModel = Merge(ticket.ProductModel, request.ProductModel);
        if (request.Priority is { } priority && priority != ticket.Priority)
        {
            var from = ticket.Priority;
            services.Sla.Reprioritise(ticket, priority, now);
            services.Db.Publish(new TicketPriorityChanged(ticket.Id, ticket.CustomerId, TicketEvents.Name(from), TicketEvents.Name(priority), now), now);
        }

        TicketDesk.Touch(ticket, now);
        await services.Db.SaveChangesAsync();
        ETags.Set(http.Response, ticket.Version);
        return TypedResults.Ok(TicketResponse.From(ticket));
    }

    private static string? Merge(string? current, string? requested) =>
        requested is null ? current : string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
}
