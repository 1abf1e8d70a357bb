namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>The points of one instrument of one service for one set of attributes, as deltas.</summary>
public sealed class MetricSeries(string service, string name, string unit, string description, MetricKind kind,
    IReadOnlyList<KeyValuePair<string, string>> attributes, int capacity)
{
    private readonly RingBuffer<MetricPoint> _points = new(capacity);
    private MetricSample? _lastCumulative;

    public string Service { get; } = service;
    public string Name { get; } = name;
    public string Unit { get; } = unit;
    public string Description { get; } = description;
    public MetricKind Kind { get; } = kind;
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; } = attributes;
    public double[] Bounds { get; private set; } = [];
    public MetricPoint? Latest => _points.Last;

    public string? Attribute(string key) => Attributes.FirstOrDefault(a => a.Key == key).Value;

    internal MetricPoint[] Points() => _points.ToArray();

    internal void Add(MetricSample sample)
    {
        Bounds = sample.Bounds ?? Bounds;
        if (Kind == MetricKind.Gauge || !sample.Cumulative)
        {
            _points.Add(new MetricPoint(sample.Time, sample.Value, sample.Count, sample.Sum, sample.Buckets));
            return;
        }

        var previous = _lastCumulative;
        _lastCumulative = sample;
        // A new start time or a smaller total means the process restarted: the sample is all new.
        var reset = previous is null || previous.StartTime != sample.StartTime || sample.Value < previous.Value || sample.Count < previous.Count;
        if (reset)
        {
            _points.Add(new MetricPoint(sample.Time, sample.Value, sample.Count, sample.Sum, sample.Buckets));
            return;
        }

        _points.Add(new MetricPoint(sample.Time, sample.Value - previous!.Value, sample.Count - previous.Count, sample.Sum - previous.Sum,
            Subtract(sample.Buckets, previous.Buckets)));
    }

    private static long[]? Subtract(long[]? current, long[]? previous)
    {
        if (current is null || previous is null || current.Length != previous.Length)
        {
            return current;
        }

        var delta = new long[current.Length];
        for (var i = 0; i < current.Length; i++)
        {
            delta[i] = current[i] - previous[i];
        }

        return delta;
    }
}
