using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Surveys;
using Crm.Tickets.Data;
using Crm.Tickets.Sla;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Desk;

/// <summary>Closing the loop: an NPS detractor gets a follow-up ticket, owned by their account owner.</summary>
public sealed class DetractorFollowUpConsumer(TimeProvider time, SlaClock sla, Assignment assignment, TicketNumbers numbers)
    : InboxConsumer<DetractorFollowUpRequested, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(DetractorFollowUpRequested message, CancellationToken ct)
    {
        var customer = await Db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.CustomerId == message.CustomerId, ct);
        if (customer is { Erased: true })
        {
            return;
        }

        var services = new TicketServices(Db, Time, sla, assignment, numbers);
        var comment = string.IsNullOrWhiteSpace(message.Comment) ? "" : $" They wrote: “{message.Comment}”";
        await TicketDesk.OpenAsync(services, message.CustomerId, customer?.AccountOwnerId, TicketChannel.Web,
            $"Follow up: NPS {message.Score}", $"The customer answered {message.Score} on a recommendation survey.{comment}",
            TicketPriority.High, "feedback", null);
    }
}
