using Crm.Contracts.Campaigns;
using Crm.Contracts.PartnerData;
using Crm.Contracts.Surveys;
using Crm.Contracts.Tickets;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

public sealed class PartnerShareTimelineConsumer(TimeProvider time) : TimelineEventConsumer<CustomerDataShared>(time)
{
    protected override TimelineEntry ToEntry(CustomerDataShared m) =>
        TimelineEntry.Create(m.CustomerId, TimelineTypes.PartnerShare, m.OccurredAt, $"Shared with {m.PartnerName}: {string.Join(", ", m.Attributes)}", m.PartnerId.ToString());
}
