namespace Crm.AppHost.Dashboard.Resources;

public enum HealthStatus
{
    /// <summary>Not checked: the resource is not running, or the host cannot probe it (an external server).</summary>
    Unknown,
    Healthy,
    Unhealthy,
}
