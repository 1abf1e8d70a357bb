using System.Collections.Concurrent;
using Crm.AppHost.Hosting;
using Crm.AppHost.Resources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.AppHost.Dashboard.Resources;

/// <summary>
/// Start, stop and restart from the page. A command runs on the app host's lifetime, not the browser's (closing the
/// tab does not leave a service half-restarted), one at a time per resource.
/// </summary>
public sealed partial class ResourceCommands(DistributedApplication app, IHostApplicationLifetime lifetime, ILogger<ResourceCommands> logger)
{
    private readonly ConcurrentDictionary<string, ResourceCommand> _running = new();

    public event Action? Changed;

    public ResourceCommand? Running(Resource resource) => _running.TryGetValue(resource.Name, out var command) ? command : null;

    public static bool CanRun(Resource resource, ResourceCommand command) => resource.IsManaged && command switch
    {
        ResourceCommand.Start => resource.State is ResourceState.Stopped or ResourceState.Exited or ResourceState.Failed or ResourceState.NotStarted,
        ResourceCommand.Stop => resource.State is not (ResourceState.Stopped or ResourceState.NotStarted),
        ResourceCommand.Restart => resource.State is not ResourceState.NotStarted,
        _ => false,
    };

    /// <summary>Runs the command; returns an error message for the page, or null when it worked.</summary>
    public async Task<string?> RunAsync(Resource resource, ResourceCommand command)
    {
        if (!CanRun(resource, command) || !_running.TryAdd(resource.Name, command))
        {
            return $"{resource.Name} cannot {command.ToString().ToLowerInvariant()} now ({resource.State}).";
        }

        Changed?.Invoke();
        LogCommand(resource.Name, command);
        try
        {
            await Task.Run(() => command switch
            {
                ResourceCommand.Start => resource.StartAsync(app.Host, lifetime.ApplicationStopping),
                ResourceCommand.Stop => resource.StopAsync(),
                _ => resource.RestartAsync(app.Host, lifetime.ApplicationStopping),
            }, lifetime.ApplicationStopping);
            return null;
        }
        catch (Exception e)
        {
            LogCommandFailed(e, resource.Name, command);
            return $"{resource.Name}: {command} failed: {e.Message}";
        }
        finally
        {
            _running.TryRemove(resource.Name, out _);
            Changed?.Invoke();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard: {Command} of {Resource}")]
    private partial void LogCommand(string resource, ResourceCommand command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard: {Command} of {Resource} failed")]
    private partial void LogCommandFailed(Exception exception, string resource, ResourceCommand command);
}
