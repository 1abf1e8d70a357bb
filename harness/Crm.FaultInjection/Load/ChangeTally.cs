using System.Collections.Concurrent;

namespace Crm.FaultInjection.Load;

/// <summary>What the gateway answered to every change: committed (2xx), refused (4xx), failed (5xx or no answer), with latencies.</summary>
public sealed class ChangeTally
{
    /// <summary>Status 0 stands for no HTTP answer (timeout, connection error).</summary>
    private readonly ConcurrentDictionary<(ChangeKind Kind, int Status), long> _answers = new();
    private readonly List<double> _latenciesMs = [];
    private readonly Lock _gate = new();

    public void Record(ChangeKind kind, int status, TimeSpan latency)
    {
        _answers.AddOrUpdate((kind, status), 1, (_, n) => n + 1);
        lock (_gate)
        {
            _latenciesMs.Add(latency.TotalMilliseconds);
        }
    }

    public long Committed(ChangeKind kind) => _answers.Where(a => a.Key.Kind == kind && a.Key.Status is >= 200 and < 300).Sum(a => a.Value);

    public long Committed() => Enum.GetValues<ChangeKind>().Sum(Committed);

    public long Total => _answers.Values.Sum();

    /// <summary>Answers that were not 2xx, e.g. "ProfileUpdate 412: 3".</summary>
    public IEnumerable<string> NotCommitted() => _answers.Where(a => a.Key.Status is < 200 or >= 300)
        .OrderBy(a => a.Key.Kind).ThenBy(a => a.Key.Status)
        .Select(a => $"{a.Key.Kind} {(a.Key.Status == 0 ? "no answer" : a.Key.Status.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {a.Value}");

    public long Failed => _answers.Where(a => a.Key.Status is 0 or >= 500).Sum(a => a.Value);

    public double LatencyPercentile(double p)
    {
        lock (_gate)
        {
            if (_latenciesMs.Count == 0)
            {
                return 0;
            }

            var sorted = _latenciesMs.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
        }
    }
}
