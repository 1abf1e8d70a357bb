namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>The spans of one trace received so far (they arrive from several services, in any order).</summary>
public sealed class TraceData(string traceId)
{
    private readonly List<SpanData> _spans = [];

    public string TraceId { get; } = traceId;
    public IReadOnlyList<SpanData> Spans => _spans;
    public DateTimeOffset Start { get; private set; } = DateTimeOffset.MaxValue;
    public DateTimeOffset End { get; private set; } = DateTimeOffset.MinValue;
    public TimeSpan Duration => End - Start;
    public DateTimeOffset LastUpdated { get; private set; }

    public SpanData? Root => _spans.FirstOrDefault(s => s.ParentSpanId is null)
        ?? _spans.FirstOrDefault(s => _spans.All(p => p.SpanId != s.ParentSpanId));

    public string Name => Root is { } root ? $"{root.Service}: {root.Name}" : TraceId;

    /// <summary>Services in the order the trace reached them.</summary>
    public IReadOnlyList<string> Services => [.. _spans.OrderBy(s => s.Start).Select(s => s.Service).Distinct()];

    public bool HasError => _spans.Any(s => s.IsError);

    internal bool Add(SpanData span, int maxSpans, DateTimeOffset receivedAt)
    {
        if (_spans.Count >= maxSpans || _spans.Any(s => s.SpanId == span.SpanId))
        {
            return false;
        }

        _spans.Add(span);
        Start = span.Start < Start ? span.Start : Start;
        End = span.End > End ? span.End : End;
        LastUpdated = receivedAt;
        return true;
    }

    internal TraceData Copy()
    {
        var copy = new TraceData(TraceId) { Start = Start, End = End, LastUpdated = LastUpdated };
        copy._spans.AddRange(_spans);
        return copy;
    }
}
