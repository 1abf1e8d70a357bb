using Crm.AppHost.Resources;

namespace Crm.AppHost.Dashboard.Resources;

/// <summary>One line of the resources page, read from the resource and its last health check at one moment.</summary>
public sealed record ResourceRow(
    Resource Resource,
    string Name,
    string Type,
    ResourceState State,
    HealthStatus Health,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    TimeSpan? Uptime,
    int Restarts,
    int? ProcessId,
    ResourceCommand? Running)
{
    public static ResourceRow Of(Resource resource, HealthCheckResult health, ResourceCommand? running, DateTimeOffset now) => new(
        resource,
        resource.Name,
        resource.Name == Crm.Contracts.ResourceNames.Gateway ? "Gateway" : resource.Type.ToString(),
        resource.State,
        health.Status,
        EndpointsOf(resource),
        resource.StartedAt is { } started && ResourceHealthMonitor.IsRunning(resource) ? now - started : null,
        resource.Restarts,
        ResourceHealthMonitor.IsRunning(resource) ? resource.ProcessId : null,
        running);

    public static IReadOnlyList<ResourceEndpoint> EndpointsOf(Resource resource) => resource switch
    {
        RabbitMqResource rabbit => [new("amqp", Redact(rabbit.ConnectionString)), .. rabbit.ManagementUrl is { } m ? new[] { new ResourceEndpoint("management", m + "/") } : []],
        ProjectResource { Endpoint: { } url } => [new("http", url.ToString())],
        ConnectionStringResource { Type: ResourceType.Database, ConnectionString: { } cs } when cs.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) =>
            [new("sqlite", Path.GetFileName(cs["Data Source=".Length..]))],
        { ConnectionString: { } cs } => [new("tcp", Redact(cs))],
        _ => [],
    };

    /// <summary>Connection strings may carry passwords: the page shows where, not with what.</summary>
    private static string Redact(string? connectionString)
    {
        if (connectionString is null)
        {
            return "";
        }

        if (Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0)
        {
            return connectionString.Replace(uri.UserInfo + "@", "", StringComparison.Ordinal);
        }

        return string.Join(',', connectionString.Split(',', ';').Where(p => !p.Contains("password", StringComparison.OrdinalIgnoreCase)));
    }
}
