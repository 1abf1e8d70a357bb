using System.Collections.Concurrent;
using Crm.AppHost.Resources;

namespace Crm.FaultInjection.Ledger;

/// <summary>Counts, per service and across its restarts, the log lines that carry a marker.</summary>
public sealed class LogLineCounter : IDisposable
{
    /// <summary>The inbox logs each redelivery of a message it had already applied.</summary>
    public const string RedeliveryAbsorbed = "Inbox absorbed a redelivery";

    /// <summary>The consumer watchdog logs when a queue stayed without its consumer and the service ends to start afresh.</summary>
    public const string WatchdogGaveUp = "the service stops to start afresh";

    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly List<(ResourceLog Log, Action<LogLine> Handler)> _subscriptions = [];

    public LogLineCounter(IEnumerable<ProjectResource> projects, string marker)
    {
        foreach (var project in projects)
        {
            Action<LogLine> handler = line =>
            {
                if (line.Text.Contains(marker, StringComparison.Ordinal))
                {
                    _counts.AddOrUpdate(project.Name, 1, (_, n) => n + 1);
                }
            };
            project.Log.LineAdded += handler;
            _subscriptions.Add((project.Log, handler));
        }
    }

    public IReadOnlyDictionary<string, long> ByService => _counts;

    public long Total => _counts.Values.Sum();

    public void Dispose()
    {
        foreach (var (log, handler) in _subscriptions)
        {
            log.LineAdded -= handler;
        }
    }
}
