using System.Diagnostics.Metrics;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>Inbox metrics: messages consumed, redeliveries absorbed.</summary>
public static class InboxMetrics
{
    private static readonly Meter Meter = new("Crm");
    private static readonly Counter<long> ConsumedCounter = Meter.CreateCounter<long>("crm.inbox.consumed", description: "Messages applied by consumers");
    private static readonly Counter<long> DuplicateCounter = Meter.CreateCounter<long>("crm.inbox.duplicates", description: "Redeliveries absorbed by the inbox");

    public static long DuplicatesAbsorbed => Interlocked.Read(ref _duplicates);
    private static long _duplicates;

    public static void Consumed(string consumer) => ConsumedCounter.Add(1, new KeyValuePair<string, object?>("consumer", consumer));

    public static void Duplicate(string consumer)
    {
        Interlocked.Increment(ref _duplicates);
        DuplicateCounter.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
    }
}
