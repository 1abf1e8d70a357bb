using System.Diagnostics;
using System.Net.Sockets;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Makes sure each of the service's durable queues keeps its consumer on the broker. After a broker crash the RabbitMQ
/// client (7.2.2) can strand a consumer on the dead connection: the socket write loop ends without completing its bounded
/// frame queue, the consumer's acks wait on it for ever, and the connection's shutdown waits on the consumer — the endpoint
/// never consumes again nor reconnects, its queue filling while the service looks well. The watchdog asks the broker, on a
/// connection of its own, how many consumers each durable queue the service consumes from has; a queue left without one
/// for <see cref="ConsumerWatchdogOptions.NoConsumerLimit"/> while the broker answers ends the service (exit code 75,
/// "try again"), and its supervisor starts it afresh: the outbox and inbox make that safe. Until then <c>/health</c>
/// reads Degraded and names the queue.
/// </summary>
public sealed partial class ConsumerWatchdog : BackgroundService, IReceiveEndpointObserver, IHealthCheck
{
    public const string HealthCheckName = "broker-consumers";

    /// <summary>The exit code of a service that gave up on its broker connection: EX_TEMPFAIL, start it again.</summary>
    public const int GaveUpExitCode = 75;

    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    private readonly ConnectionFactory _factory;
    private readonly ConsumerWatchdogOptions _options;
    private readonly ConsumerPresence _presence;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILogger<ConsumerWatchdog> _logger;
    private IConnection? _connection;
    private IChannel? _channel;
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
        _factory = new ConnectionFactory
        {
            Uri = broker,
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedConnectionTimeout = AskTimeout,
            ClientProvidedName = $"{serviceName} consumer watchdog",
        };
    }

    public Task Ready(ReceiveEndpointReady ready)
    {
        if (QueueOf(ready.InputAddress) is { } queue)
        {
            _presence.Watch(queue);
        }

        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping)
    {
        if (QueueOf(stopping.InputAddress) is { } queue)
        {
            _presence.Unwatch(queue);
        }

        return Task.CompletedTask;
    }

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;

    /// <summary>The queue behind a RabbitMQ input address, or null for one that lives only as long as its connection.</summary>
    public static string? QueueOf(Uri inputAddress)
    {
        var query = inputAddress.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        if (query.Any(p => p is "temporary=true" or "durable=false" or "autodelete=true"))
        {
            return null;
        }

        var name = inputAddress.Segments.LastOrDefault()?.Trim('/');
        return string.IsNullOrEmpty(name) ? null : Uri.UnescapeDataString(name);
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
                var channel = await ChannelAsync(timeout.Token);
                var declared = await channel.QueueDeclarePassiveAsync(queue, timeout.Token);
                _presence.Observe(queue, declared.ConsumerCount, _time.GetUtcNow());
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
            {
                // The broker answers but the queue is gone (a broker that lost its data): nothing consumes from it.
                _presence.Observe(queue, 0, _time.GetUtcNow());
                await CloseChannelAsync();
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is BrokerUnreachableException or AlreadyClosedException
                                          or OperationInterruptedException or OperationCanceledException or TimeoutException
                                          or IOException or SocketException)
            {
                LogUnreachable(e.GetType().Name, e.Message);
                _presence.Forget();
                await CloseConnectionAsync();
                return;
            }
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken ct)
    {
        if (_connection is not { IsOpen: true })
        {
            await CloseConnectionAsync();
            _connection = await _factory.CreateConnectionAsync(ct);
        }

        if (_channel is not { IsOpen: true })
        {
            await CloseChannelAsync();
            _channel = await _connection.CreateChannelAsync(cancellationToken: ct);
        }

        return _channel;
    }

    private async Task CloseChannelAsync()
    {
        var channel = _channel;
        _channel = null;
        await DisposeQuietlyAsync(channel);
    }

    private async Task CloseConnectionAsync()
    {
        await CloseChannelAsync();
        var connection = _connection;
        _connection = null;
        await DisposeQuietlyAsync(connection);
    }

    /// <summary>A channel or connection the broker may already have dropped: closing it may fail, and that is fine.</summary>
    private static async Task DisposeQuietlyAsync(IAsyncDisposable? closable)
    {
        try
        {
            if (closable is not null)
            {
                await closable.DisposeAsync();
            }
        }
        catch (Exception e) when (e is AlreadyClosedException or OperationInterruptedException or IOException or SocketException)
        {
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
        await CloseConnectionAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consumer watchdog: the broker does not answer ({Error}: {Reason}); asking again shortly")]
    private partial void LogUnreachable(string error, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Consumer watchdog: {Queues} without a consumer for {Seconds} s while the broker answers; the service stops to start afresh")]
    private partial void LogGaveUp(string queues, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Consumer watchdog: the service did not stop within {Seconds} s; ending it now")]
    private partial void LogStopOverran(double seconds);
}
