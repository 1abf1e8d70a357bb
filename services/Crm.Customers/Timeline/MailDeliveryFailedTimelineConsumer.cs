using Crm.Contracts.Tickets;

namespace Crm.Customers.Timeline;

/// <summary>A mail to the customer was refused for good: the failing address is on their timeline for staff to correct.</summary>
public sealed class MailDeliveryFailedTimelineConsumer(TimeProvider time) : TimelineEventConsumer<MailDeliveryFailed>(time)
{
    protected override TimelineEntry ToEntry(MailDeliveryFailed message) =>
        TimelineEntry.Create(message.CustomerId, TimelineTypes.MailFailed, message.OccurredAt,
            $"Mail to {message.Address} could not be delivered ({message.Subject}): {message.Reason}", null);
}
