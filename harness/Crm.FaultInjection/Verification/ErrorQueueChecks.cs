using Crm.FaultInjection.Broker;

namespace Crm.FaultInjection.Verification;

/// <summary>The error queues hold exactly the poisoned messages (each in its endpoint's error queue) and nothing the faults caused.</summary>
public static class ErrorQueueChecks
{
    public static async Task<IReadOnlyList<Check>> RunAsync(ManagementApi broker, IReadOnlyList<Poison> poisons, CancellationToken ct)
    {
        var depths = await broker.QueueDepthsAsync(ct);
        var errorQueues = depths.Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)).ToList();
        var checks = new List<Check>
        {
            Check.Equal("messages in error queues = messages poisoned on purpose", poisons.Count, errorQueues.Sum(q => q.Value)),
            Check.Equal("messages in skipped queues", 0, depths.Where(q => q.Key.EndsWith("_skipped", StringComparison.Ordinal)).Sum(q => q.Value)),
        };

        var parked = new List<(string Queue, string Body)>();
        foreach (var (queue, depth) in errorQueues.Where(q => q.Value > 0))
        {
            parked.AddRange((await broker.PeekAsync(queue, (int)Math.Min(depth, 1000), ct)).Select(b => (queue, b)));
        }

        var unexpected = parked.Count(p => !poisons.Any(x => p.Body.Contains(x.Id.ToString(), StringComparison.OrdinalIgnoreCase)));
        var misplaced = poisons.Count(x => !parked.Any(p => p.Queue == x.Endpoint + "_error" && p.Body.Contains(x.Id.ToString(), StringComparison.OrdinalIgnoreCase)));
        checks.Add(Check.Equal("parked messages that were not poisoned", 0, unexpected));
        checks.Add(Check.Equal("poisoned messages not in their endpoint's error queue", 0, misplaced));
        return checks;
    }

    public static async Task<long> ParkedAsync(ManagementApi broker, CancellationToken ct) =>
        (await broker.QueueDepthsAsync(ct)).Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)).Sum(q => q.Value);
}
