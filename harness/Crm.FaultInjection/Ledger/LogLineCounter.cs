using System.Collections.Concurrent;
using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Ledger;

/// <summary>Counts, per service and across its restarts, the console lines that carry a marker.</summary>
public sealed class LogLineCounter : IDisposable
{
    /// <summary>The inbox logs each redelivery of a message it had already applied.</summary>
    public const string RedeliveryAbsorbed = "Inbox absorbed a redelivery";

    /// <summary>The consumer watchdog logs when a queue stayed without its consumer and the service ends to start afresh.</summary>
    public const string WatchdogGaveUp = "the service stops to start afresh";

    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly IDisposable _subscription;

    public LogLineCounter(FaultSuite suite, string marker)
    {
        var services = FaultSuite.ProjectNames.ToHashSet();
        _subscription = suite.Running.ListenToLogs((resource, line) =>
        {
            if (services.Contains(resource) && line.Contains(marker, StringComparison.Ordinal))
            {
                _counts.AddOrUpdate(resource, 1, (_, n) => n + 1);
            }
        });
    }

    public IReadOnlyDictionary<string, long> ByService => _counts;

    public long Total => _counts.Values.Sum();

    public void Dispose() => _subscription.Dispose();
}
