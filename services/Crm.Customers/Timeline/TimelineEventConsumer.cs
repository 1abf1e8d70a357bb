using Crm.BuildingBlocks.Inbox;
using Crm.Customers.Data;

namespace Crm.Customers.Timeline;

/// <summary>Puts what another service reports about a customer on the customer's timeline, once per event.</summary>
public abstract class TimelineEventConsumer<TEvent>(TimeProvider time) : InboxConsumer<TEvent, CustomersDbContext>(time)
    where TEvent : class
{
    protected abstract TimelineEntry? ToEntry(TEvent message);

    protected override Task HandleAsync(TEvent message, CancellationToken ct)
    {
        if (ToEntry(message) is { } entry)
        {
            Db.Timeline.Add(entry);
        }

        return Task.CompletedTask;
    }
}
