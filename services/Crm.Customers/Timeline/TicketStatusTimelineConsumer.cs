using Crm.Contracts.Tickets;

namespace Crm.Customers.Timeline;

public sealed class TicketStatusTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketStatusChanged>(time)
{
    // Resolution has an entry of its own.
    protected override TimelineEntry? ToEntry(TicketStatusChanged message) => message.ToStatus == "resolved" ? null :
        TimelineEntry.Create(message.CustomerId, TimelineTypes.TicketStatus, message.OccurredAt, $"Ticket {message.FromStatus} → {message.ToStatus}", message.TicketId.ToString());
}
