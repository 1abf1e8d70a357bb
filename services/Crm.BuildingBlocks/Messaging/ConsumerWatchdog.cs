using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Makes sure each of the service's durable queues keeps its consumer on the broker. After a broker crash the RabbitMQ
/// client (7.2.2) can strand a consumer on the dead connection: the socket write loop ends without completing its bounded
/// frame queue, the consumer's acks wait on it for ever, and the connection's shutdown waits on the consumer — the endpoint
/// never consumes again nor reconnects, its queue filling while the service looks well. The watchdog asks the broker, on a
/// connection of its own (<see cref="BrokerQueueProbe"/>), how many consumers each durable queue the service consumes from
/// has (the queues of its endpoints, <c>ConsumerWatchdog.Endpoints.cs</c>); a queue left without one for
/// <see cref="ConsumerWatchdogOptions.NoConsumerLimit"/> while the broker answers ends the service (exit code 75, "try
/// again"), and its supervisor starts it afresh: the outbox and inbox make that safe. Until then <c>/health</c> reads
/// Degraded and names the queue.
/// </summary>
public sealed partial class ConsumerWatchdog : BackgroundService, IHealthCheck
{
    public const string HealthCheckName = "broker-consumers";

    /// <summary>The exit code of a service that gave up on its broker connection: EX_TEMPFAIL, start it again.</summary>
    public const int GaveUpExitCode = 75;

    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    private readonly BrokerQueueProbe _probe;
    private readonly ConsumerWatchdogOptions _options;
    private readonly ConsumerPresence _presence;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILogger<ConsumerWatchdog> _logger;
    private volatile IReadOnlyList<string>? _gaveUpOn;

    public ConsumerWatchdog(
        Uri broker,
        string serviceName,
        IOptions<ConsumerWatchdogOptions> options,
        IHostApplicationLifetime lifetime,
        ILogger<ConsumerWatchdog> logger)
    {
        _options = options.Value;
        _presence = new ConsumerPresence(_options.NoConsumerLimit);
        _lifetime = lifetime;
        _time = TimeProvider.System;
        _logger = logger;
        _probe = new BrokerQueueProbe(broker, serviceName, AskTimeout);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_gaveUpOn is { } stalled)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"No consumer on {string.Join(", ", stalled)}; the service is starting afresh."));
        }

        var without = _presence.Without(_time.GetUtcNow());
        return Task.FromResult(without.Count == 0
            ? HealthCheckResult.Healthy($"{_presence.Queues.Count} queues, each with its consumer.")
            : HealthCheckResult.Degraded($"Without a consumer: {string.Join(", ", without.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key} for {q.Value.TotalSeconds:F0} s"))}."));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.CheckInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await AskAsync(stoppingToken);
                var stalled = _presence.Stalled(_time.GetUtcNow());
                if (stalled.Count > 0)
                {
                    GiveUp(stalled);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task AskAsync(CancellationToken ct)
    {
        foreach (var queue in _presence.Queues)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(AskTimeout);
            try
            {
                var consumers = await _probe.ConsumerCountAsync(queue, timeout.Token);
                _presence.Observe(queue, consumers, _time.GetUtcNow());
            }
            catch (Exception e) when (!ct.IsCancellationRequested && BrokerQueueProbe.IsUnreachable(e))
            {
                LogUnreachable(e.GetType().Name, e.Message);
                _presence.Forget();
                await _probe.CloseAsync();
                return;
            }
        }
    }

    private void GiveUp(IReadOnlyList<string> stalled)
    {
        _gaveUpOn = stalled;
        LogGaveUp(string.Join(", ", stalled), _options.NoConsumerLimit.TotalSeconds);
        Environment.ExitCode = GaveUpExitCode;
        _lifetime.StopApplication();

        // A receive endpoint that lost its consumer may never finish stopping: past the deadline the service ends at once,
        // as a crash would end it, which the outbox and inbox are built to survive.
        _ = Task.Delay(_options.StopDeadline, _time, _lifetime.ApplicationStopped).ContinueWith(delay =>
        {
            if (delay.IsCompletedSuccessfully)
            {
                LogStopOverran(_options.StopDeadline.TotalSeconds);
                Process.GetCurrentProcess().Kill();
            }
        }, TaskScheduler.Default);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _probe.CloseAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer watchdog: the broker does not answer ({Error}: {Reason}); asking again shortly")]
    private partial void LogUnreachable(string error, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Consumer watchdog: {Queues} without a consumer for {Seconds} s while the broker answers; the service stops to start afresh")]
    private partial void LogGaveUp(string queues, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Consumer watchdog: the service did not stop within {Seconds} s; ending it now")]
    private partial void LogStopOverran(double seconds);
}
