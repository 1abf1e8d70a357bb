namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>One line of a chart: a service's values over time.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
