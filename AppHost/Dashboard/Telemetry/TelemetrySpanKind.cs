namespace Crm.AppHost.Dashboard.Telemetry;

public enum TelemetrySpanKind
{
    Unspecified,
    Internal,
    Server,
    Client,
    Producer,
    Consumer,
}
