using System.Collections.Concurrent;
using Crm.AppHost.Resources;

namespace Crm.FaultInjection.Ledger;

/// <summary>Counts, per service, the redeliveries its inbox absorbed (the inbox logs each one), across restarts.</summary>
public sealed class RedeliveryCounter : IDisposable
{
    private const string Marker = "Inbox absorbed a redelivery";
    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly List<(ResourceLog Log, Action<LogLine> Handler)> _subscriptions = [];

    public RedeliveryCounter(IEnumerable<ProjectResource> projects)
    {
        foreach (var project in projects)
        {
            Action<LogLine> handler = line =>
            {
                if (line.Text.Contains(Marker, StringComparison.Ordinal))
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
