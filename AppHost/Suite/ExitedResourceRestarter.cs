using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.AppHost.Suite;

/// <summary>
/// Starts a service, the broker or the cache again when it exits without being asked to (a crash, a SIGKILL, the
/// consumer watchdog's exit code 75), waiting 1, 2, 4 … up to 30 s between tries. A stop from the dashboard or the app
/// host's own shutdown goes through <c>Stopping</c> first and is left alone. Each restart is counted on the resource
/// (property <see cref="RestartsProperty"/>) and written to its console log.
/// </summary>
public sealed class ExitedResourceRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<ExitedResourceRestarter> logger) : BackgroundService
{
    public const string RestartsProperty = "crm.restarts";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Watch> _watches = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is ProjectResource or ExecutableResource)
                {
                    Observe(change, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Observe(ResourceEvent change, CancellationToken stoppingToken)
    {
        var watch = _watches.GetOrAdd(change.ResourceId, _ => new Watch());
        var state = change.Snapshot.State?.Text;
        lock (watch)
        {
            if (state == KnownResourceStates.Stopping)
            {
                watch.StopRequested = true;
            }
            else if (state == KnownResourceStates.Starting || state == KnownResourceStates.Running)
            {
                watch.StopRequested = false;
                watch.RestartPending = false;
            }
            else if (KnownResourceStates.TerminalStates.Contains(state) && !watch.StopRequested && !watch.RestartPending
                     && !lifetime.ApplicationStopping.IsCancellationRequested && watch.EverStarted(change))
            {
                watch.RestartPending = true;
                _ = RestartAsync(change, watch, stoppingToken);
            }
        }
    }

    private async Task RestartAsync(ResourceEvent exited, Watch watch, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(watch.RecentRestarts(), 5))));
        var resourceLog = resourceLogs.GetLogger(exited.ResourceId);
        resourceLog.LogWarning("{Resource} exited unexpectedly (exit code {ExitCode}); starting it again in {Delay} s",
            exited.Resource.Name, exited.Snapshot.ExitCode, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, stoppingToken);
            lock (watch)
            {
                if (!watch.RestartPending || watch.StopRequested)
                {
                    return;
                }
            }

            var count = watch.CountRestart();
            await notifications.PublishUpdateAsync(exited.Resource, exited.ResourceId, s => s with
            {
                Properties = [.. s.Properties.Where(p => p.Name != RestartsProperty), new ResourcePropertySnapshot(RestartsProperty, count)],
            });
            var result = await commands.ExecuteCommandAsync(exited.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogWarning("Starting {Resource} again failed: {Error}", exited.Resource.Name, result.Message);
                lock (watch)
                {
                    watch.RestartPending = false;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed class Watch
    {
        private readonly Queue<DateTimeOffset> _restarts = new();
        private bool _started;

        public bool StopRequested { get; set; }
        public bool RestartPending { get; set; }
        public int Total { get; private set; }

        /// <summary>A resource that never reached Running (still waiting on a dependency, failed its first start) is not restarted here.</summary>
        public bool EverStarted(ResourceEvent change) => _started |= change.Snapshot.StartTimeStamp is not null;

        public int RecentRestarts()
        {
            lock (_restarts)
            {
                while (_restarts.Count > 0 && _restarts.Peek() < DateTimeOffset.UtcNow.AddMinutes(-5))
                {
                    _restarts.Dequeue();
                }

                return _restarts.Count;
            }
        }

        public int CountRestart()
        {
            lock (_restarts)
            {
                _restarts.Enqueue(DateTimeOffset.UtcNow);
                return ++Total;
            }
        }
    }
}
