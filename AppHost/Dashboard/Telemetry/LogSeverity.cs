namespace Crm.AppHost.Dashboard.Telemetry;

public enum LogSeverity
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}
