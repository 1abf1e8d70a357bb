using Crm.AppHost.Hosting;

namespace Crm.AppHost.Resources;

/// <summary>A server the app host does not run: an external broker, cache or SQL Server, or a service's SQLite file.</summary>
public sealed class ConnectionStringResource(string name, ResourceType type, string connectionString) : Resource(name, type)
{
    public override string? ConnectionString => connectionString;

    public override Task StartAsync(HostContext host, CancellationToken ct)
    {
        SetState(ResourceState.Healthy);
        return Task.CompletedTask;
    }

    public override Task StopAsync()
    {
        SetState(ResourceState.Stopped);
        return Task.CompletedTask;
    }
}
