namespace Crm.FaultInjection.Ledger;

/// <summary>How far each consumer is behind the producer, and waiting for them to catch up.</summary>
public sealed class Backlog(EventLedger ledger, Subscriptions subscriptions)
{
    /// <summary>Effects still owed across all consumers for the events in <paramref name="outbox"/>.</summary>
    public long Lag(OutboxCounts outbox) => Owed(outbox).Sum(o => o.Owed);

    /// <summary>
    /// Waits until every event in <paramref name="outbox"/> (a snapshot taken when a fault ended) has had its effect in every consumer.
    /// Returns how long that took, or null at the deadline.
    /// </summary>
    public Task<TimeSpan?> WaitDrainedAsync(OutboxCounts outbox, TimeSpan deadline, CancellationToken ct) =>
        WaitDrainedAsync(outbox, deadline, TimeSpan.FromMilliseconds(100), ct);

    public Task<TimeSpan?> WaitDrainedAsync(OutboxCounts outbox, TimeSpan deadline, TimeSpan interval, CancellationToken ct) =>
        Poll.UntilAsync(() => Owed(outbox).All(o => o.Owed == 0), deadline, interval, ct);

    private IEnumerable<(Subscription Subscription, long Owed)> Owed(OutboxCounts outbox)
    {
        foreach (var service in subscriptions.All.GroupBy(s => s.Service))
        {
            var applied = ledger.InboxCounts(service.Key);
            foreach (var subscription in service)
            {
                yield return (subscription, Math.Max(0, outbox.Of(subscription.EventType) - applied.GetValueOrDefault(subscription.Consumer)));
            }
        }
    }
}
