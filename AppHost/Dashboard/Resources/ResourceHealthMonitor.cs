using System.Collections.Concurrent;
using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;
using Crm.AppHost.Resources;
using Microsoft.Extensions.Hosting;

namespace Crm.AppHost.Dashboard.Resources;

/// <summary>
/// Probes every running resource in its own protocol every few seconds (HTTP /health, AMQP, Redis PING, the database file),
/// so the page shows health as it is now, not as it was at start.
/// </summary>
public sealed class ResourceHealthMonitor(DistributedApplication app, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private readonly ConcurrentDictionary<string, HealthCheckResult> _results = new();

    public HealthCheckResult Of(Resource resource) =>
        IsRunning(resource) && _results.TryGetValue(resource.Name, out var result) ? result : new HealthCheckResult(HealthStatus.Unknown, time.GetUtcNow());

    public static bool IsRunning(Resource resource) => resource.State is ResourceState.Running or ResourceState.Healthy or ResourceState.Unhealthy;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await Task.WhenAll(app.Resources.Where(IsRunning).Select(r => CheckAsync(r, stoppingToken)));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CheckAsync(Resource resource, CancellationToken ct)
    {
        try
        {
            var healthy = resource switch
            {
                ProjectResource project => await Probes.HttpHealthAsync(project.Endpoint!, ct),
                RabbitMqResource rabbit => await Probes.AmqpAsync(rabbit.Port, ct),
                RedisResource redis => await Probes.RedisAsync(redis.Port, ct),
                ConnectionStringResource { Type: ResourceType.Database } db => DatabaseFileExists(db) ?? true,
                _ => (bool?)null,
            };
            _results[resource.Name] = new HealthCheckResult(healthy switch { true => HealthStatus.Healthy, false => HealthStatus.Unhealthy, null => HealthStatus.Unknown },
                time.GetUtcNow(), healthy == false ? "the probe got no answer" : null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>A SQLite database is there once its service created the file; a SQL Server one is the service's to check.</summary>
    private static bool? DatabaseFileExists(ConnectionStringResource db) =>
        db.ConnectionString is { } cs && cs.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? File.Exists(cs["Data Source=".Length..].Split(';')[0]) : null;
}
