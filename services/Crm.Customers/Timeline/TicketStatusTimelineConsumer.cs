using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class TicketStatusTimelineConsumer(TimeProvider time) : TimelineEventConsumer<TicketStatusChanged>(time)
{
    // Resolution has an entry of its own.
    protected override TimelineEntry? ToEntry(TicketStatusChanged m) => m.ToStatus == "resolved" ? null :
        TimelineEntry.Create(m.CustomerId, TimelineTypes.TicketStatus, m.OccurredAt, $"Ticket {m.FromStatus} → {m.ToStatus}", m.TicketId.ToString());
}
