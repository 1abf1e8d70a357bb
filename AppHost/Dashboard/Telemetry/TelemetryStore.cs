namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>
/// Traces, structured logs and metrics received over OTLP, bounded in memory. Thread-safe: exporters write while
/// pages read; readers get copies. <see cref="Version"/> moves on with every change so a page re-renders only when needed.
/// </summary>
public sealed class TelemetryStore(TelemetryLimits? limits = null)
{
    private readonly TelemetryLimits _limits = limits ?? new TelemetryLimits();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TraceData> _traces = [];
    private readonly Queue<string> _traceOrder = new();
    private readonly RingBuffer<LogEntry> _logs = new((limits ?? new TelemetryLimits()).Logs);
    private readonly Dictionary<string, MetricSeries> _series = [];
    private readonly HashSet<string> _services = [];
    private long _version;
    private long _logSequence;

    public long Version => Interlocked.Read(ref _version);

    public TelemetryLimits Limits => _limits;

    public int AddSpans(IEnumerable<SpanData> spans, DateTimeOffset receivedAt)
    {
        var added = 0;
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    trace = new TraceData(span.TraceId);
                    _traces[span.TraceId] = trace;
                    _traceOrder.Enqueue(span.TraceId);
                    while (_traceOrder.Count > _limits.Traces)
                    {
                        _traces.Remove(_traceOrder.Dequeue());
                    }
                }

                _services.Add(span.Service);
                added += trace.Add(span, _limits.SpansPerTrace, receivedAt) ? 1 : 0;
            }
        }

        Changed();
        return added;
    }

    public void AddLogs(IEnumerable<LogEntry> entries)
    {
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _services.Add(entry.Service);
                _logs.Add(entry with { Sequence = ++_logSequence });
            }
        }

        Changed();
    }

    /// <summary>Adds samples; returns how many were dropped because the store holds as many series as it may.</summary>
    public int AddMetrics(IEnumerable<MetricSample> samples)
    {
        var dropped = 0;
        lock (_gate)
        {
            foreach (var sample in samples)
            {
                var key = SeriesKey(sample);
                if (!_series.TryGetValue(key, out var series))
                {
                    if (_series.Count >= _limits.Series)
                    {
                        dropped++;
                        continue;
                    }

                    series = new MetricSeries(sample.Service, sample.Name, sample.Unit, sample.Description, sample.Kind, sample.Attributes, _limits.PointsPerSeries);
                    _series[key] = series;
                }

                _services.Add(sample.Service);
                series.Add(sample);
            }
        }

        Changed();
        return dropped;
    }

    public IReadOnlyList<string> Services()
    {
        lock (_gate)
        {
            return [.. _services.Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<TraceData> Traces(string? service = null, int max = 200)
    {
        lock (_gate)
        {
            return [.. _traces.Values
                .Where(t => string.IsNullOrEmpty(service) || t.Spans.Any(s => s.Service == service))
                .OrderByDescending(t => t.Start).Take(max).Select(t => t.Copy())];
        }
    }

    public TraceData? Trace(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId, out var trace) ? trace.Copy() : null;
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<LogEntry> Logs(LogQuery query, int max = 500)
    {
        lock (_gate)
        {
            return [.. _logs.ToArray().Reverse().Where(query.Matches).Take(max)];
        }
    }

    public IReadOnlyList<MetricSeries> Series(string? name = null, string? service = null)
    {
        lock (_gate)
        {
            return [.. _series.Values.Where(s => (name is null || s.Name == name) && (service is null || s.Service == service))];
        }
    }

    /// <summary>A copy of the series' points taken under the store's lock.</summary>
    public MetricPoint[] Points(MetricSeries series)
    {
        lock (_gate)
        {
            return series.Points();
        }
    }

    private void Changed() => Interlocked.Increment(ref _version);

    private static string SeriesKey(MetricSample sample) =>
        string.Join('\u001f', [sample.Service, sample.Name, .. sample.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)]);
}
