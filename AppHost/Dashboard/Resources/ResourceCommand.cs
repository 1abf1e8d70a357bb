namespace Crm.AppHost.Dashboard.Resources;

public enum ResourceCommand
{
    Start,
    Stop,
    Restart,
}
