using Crm.Contracts.Tickets;
using Crm.Tickets.Data;

namespace Crm.Tickets.Desk;

public static class TicketOutbox
{
    /// <summary>Queues the events the ticket raised, each under its own contract type, to commit with the next save.</summary>
    public static void PublishRaised(this TicketsDbContext db, Ticket ticket, DateTimeOffset now)
    {
        foreach (var raised in ticket.TakeRaisedEvents())
        {
            switch (raised)
            {
                case TicketStatusChanged statusChanged: db.Publish(statusChanged, now); break;
                case TicketResolved resolved: db.Publish(resolved, now); break;
                case TicketAssigned assigned: db.Publish(assigned, now); break;
                case TicketPriorityChanged priorityChanged: db.Publish(priorityChanged, now); break;
                case TicketRepliedToCustomer replied: db.Publish(replied, now); break;
                default: throw new InvalidOperationException($"A ticket raised {raised.GetType().Name}, which has no place in the outbox.");
            }
        }
    }
}
