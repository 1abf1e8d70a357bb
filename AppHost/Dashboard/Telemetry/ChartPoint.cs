namespace Crm.AppHost.Dashboard.Telemetry;

public sealed record ChartPoint(DateTimeOffset Time, double Value);
