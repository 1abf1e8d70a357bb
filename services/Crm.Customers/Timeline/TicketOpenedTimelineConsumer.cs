using Crm.Contracts.Tickets;

namespace Crm.Customers.Timeline;

public sealed class TicketOpenedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketOpened>(time)
{
    protected override TimelineEntry ToEntry(TicketOpened message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.TicketOpened, message.OccurredAt, $"Ticket opened via {message.Channel}: {message.Subject} ({message.Priority})", message.TicketId.ToString());
}
