namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>How much telemetry the dashboard keeps in memory; the oldest goes first.</summary>
public sealed record TelemetryLimits(int Traces = 2_000, int SpansPerTrace = 1_000, int Logs = 20_000, int Series = 4_000, int PointsPerSeries = 900);
