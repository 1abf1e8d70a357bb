namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>A chart over a time window: a title, a unit for its axis, and one series per service.</summary>
public sealed record ChartData(string Title, string Unit, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ChartSeries> Series)
{
    public bool IsEmpty => Series.All(s => s.Points.Count == 0);
}
