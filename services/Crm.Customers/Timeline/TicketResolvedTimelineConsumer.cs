using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class TicketResolvedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketResolved>(time)
{
    protected override TimelineEntry ToEntry(TicketResolved m) =>
        TimelineEntry.Create(m.CustomerId, TimelineTypes.TicketResolved, m.OccurredAt, $"Ticket resolved: {m.Subject}{(m.Resolution is null ? "" : $" — {m.Resolution}")}", m.TicketId.ToString());
}
