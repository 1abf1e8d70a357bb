using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>Outbox and inbox metrics: published, relay delay, backlog, duplicates absorbed, consumed.</summary>
public static class MessagingMetrics
{
    private static readonly Meter Meter = new("Crm");
    private static readonly Counter<long> PublishedCounter = Meter.CreateCounter<long>("crm.outbox.published", description: "Events confirmed by the broker");
    private static readonly Histogram<double> RelayDelay = Meter.CreateHistogram<double>("crm.outbox.relay_delay", "ms", "Commit-to-confirm delay of outbox events");
    private static readonly Counter<long> ConsumedCounter = Meter.CreateCounter<long>("crm.inbox.consumed", description: "Messages applied by consumers");
    private static readonly Counter<long> DuplicateCounter = Meter.CreateCounter<long>("crm.inbox.duplicates", description: "Redeliveries absorbed by the inbox");
    private static readonly ConcurrentDictionary<string, long> Pending = new();

    static MessagingMetrics()
    {
        Meter.CreateObservableGauge("crm.outbox.pending", () => Pending.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("context", p.Key))),
            description: "Outbox events not yet confirmed by the broker");
    }

    public static long DuplicatesAbsorbed => Interlocked.Read(ref _duplicates);
    private static long _duplicates;

    public static void Published(string messageType, TimeSpan delay)
    {
        PublishedCounter.Add(1, new KeyValuePair<string, object?>("message.type", messageType));
        RelayDelay.Record(delay.TotalMilliseconds);
    }

    public static void SetPending(string context, long count) => Pending[context] = count;

    public static void Consumed(string consumer) => ConsumedCounter.Add(1, new KeyValuePair<string, object?>("consumer", consumer));

    public static void Duplicate(string consumer)
    {
        Interlocked.Increment(ref _duplicates);
        DuplicateCounter.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
    }
}
