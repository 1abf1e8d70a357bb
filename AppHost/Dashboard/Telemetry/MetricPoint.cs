namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>
/// One point of a series. For counters and histograms the values are deltas (what happened since the previous point),
/// whatever temporality the exporter used, so charts can add points up over any window.
/// </summary>
public sealed record MetricPoint(DateTimeOffset Time, double Value, long Count = 0, double Sum = 0, long[]? Buckets = null);
