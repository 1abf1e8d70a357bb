using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Channels.Mail;

public static class MailDeliveriesApi
{
    public static void MapMailDeliveriesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/tickets/{id:guid}/mail", List).WithTags("Tickets").RequireAuthorization(CrmPolicies.ServiceDesk)
            .WithName("ListTicketMail").WithSummary("The mails the desk sent on a ticket and how each delivery went");

    public static async Task<Results<Ok<List<MailDeliveryResponse>>, ProblemHttpResult>> List(Guid id, TicketsDbContext db)
    {
        if (!await db.Tickets.AnyAsync(t => t.Id == id))
        {
            return Problems.NotFound("Ticket");
        }

        var mails = await db.Set<OutboundMail>().AsNoTracking().Where(m => m.TicketId == id).ToListAsync();
        return TypedResults.Ok(mails.OrderBy(m => m.CreatedAt).Select(m => new MailDeliveryResponse(
            m.Id, m.Kind, m.ToAddress, m.Subject, m.MessageId, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt)).ToList());
    }
}
