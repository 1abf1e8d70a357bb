namespace Crm.AppHost.Dashboard.Telemetry;

public enum MetricKind
{
    /// <summary>A value at a time (a gauge, an up-down counter): points hold the value.</summary>
    Gauge,
    /// <summary>A monotonic sum: points hold the increase since the previous point.</summary>
    Counter,
    /// <summary>Points hold the count, sum and bucket counts added since the previous point.</summary>
    Histogram,
}
