using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class TicketOpenedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketOpened>(time)
{
    protected override TimelineEntry ToEntry(TicketOpened m) =>
        TimelineEntry.Create(m.CustomerId, TimelineTypes.TicketOpened, m.OccurredAt, $"Ticket opened via {m.Channel}: {m.Subject} ({m.Priority})", m.TicketId.ToString());
}
