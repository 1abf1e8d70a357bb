namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>A data point as the exporter sent it, before it is turned into a delta.</summary>
public sealed record MetricSample(
    string Service,
    string Name,
    string Unit,
    string Description,
    MetricKind Kind,
    bool Cumulative,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    DateTimeOffset StartTime,
    DateTimeOffset Time,
    double Value,
    long Count = 0,
    double Sum = 0,
    long[]? Buckets = null,
    double[]? Bounds = null);
