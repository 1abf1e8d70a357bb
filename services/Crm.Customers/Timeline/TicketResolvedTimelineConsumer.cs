using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class TicketResolvedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketResolved>(time)
{
    protected override TimelineEntry ToEntry(TicketResolved message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.TicketResolved, message.OccurredAt, $"Ticket resolved: {message.Subject}{(message.Resolution is null ? "" : $" — {message.Resolution}")}", message.TicketId.ToString());
}
