using Crm.Contracts.PartnerData;

namespace Crm.Customers.Timeline;

public sealed class PartnerShareTimelineConsumer(TimeProvider time) : TimelineEventConsumer<CustomerDataShared>(time)
{
    protected override TimelineEntry ToEntry(CustomerDataShared message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.PartnerShare, message.OccurredAt, $"Shared with {message.PartnerName}: {string.Join(", ", message.Attributes)}", message.PartnerId.ToString());
}
