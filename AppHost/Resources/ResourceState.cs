namespace Crm.AppHost.Resources;

public enum ResourceState
{
    NotStarted,
    Starting,
    Running,
    Healthy,
    Unhealthy,
    Exited,
    Stopped,
    Failed,
}
