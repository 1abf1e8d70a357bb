using Crm.Contracts.Tickets;

namespace Crm.Customers.Timeline;

public sealed class TicketResolvedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketResolved>(time)
{
    protected override TimelineEntry ToEntry(TicketResolved message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.TicketResolved, message.OccurredAt, $"Ticket resolved: {message.Subject}{(message.Resolution is null ? "" : $" — {message.Resolution}")}", message.TicketId.ToString());
}
