using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Crm.BuildingBlocks.Relay;

/// <summary>Outbox metrics: events published, commit-to-confirm delay, backlog.</summary>
public static class OutboxMetrics
{
    private static readonly Meter Meter = new("Crm");
    private static readonly Counter<long> PublishedCounter = Meter.CreateCounter<long>("crm.outbox.published", description: "Events confirmed by the broker");
    private static readonly Histogram<double> RelayDelay = Meter.CreateHistogram<double>("crm.outbox.relay_delay", "ms", "Commit-to-confirm delay of outbox events");
    private static readonly ConcurrentDictionary<string, long> Pending = new();

    static OutboxMetrics()
    {
        Meter.CreateObservableGauge("crm.outbox.pending", () => Pending.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("context", p.Key))),
            description: "Outbox events not yet confirmed by the broker");
    }

    public static void Published(string messageType, TimeSpan delay)
    {
        PublishedCounter.Add(1, new KeyValuePair<string, object?>("message.type", messageType));
        RelayDelay.Record(delay.TotalMilliseconds);
    }

    public static void SetPending(string context, long count) => Pending[context] = count;
}
