using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Relay;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ with publisher confirms and marks them sent: the relay's loop, batch after
/// batch (<see cref="OutboxBatchStep{TContext}"/>, over the reader, publisher and sent-marker), and, when idle, the
/// retention of sent rows. A row is marked only after the broker confirmed it, so a crash at any point re-publishes
/// (never loses) and the consumers' inbox absorbs the duplicate. Retries with backoff until sent.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    OutboxBatchStep<TContext> step,
    OutboxSentMarker<TContext> marker,
    OutboxRetention<TContext> retention,
    OutboxSignal signal,
    IOptions<OutboxRelayOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : ServiceDbContext
{
    private readonly OutboxRelayOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var outcome = await step.RelayAsync(stoppingToken);
                    failures = outcome.Failed > 0 ? failures + 1 : 0;
                    if (outcome.Failed > 0)
                    {
                        await Task.Delay(Backoff(failures), time, stoppingToken);
                        continue;
                    }

                    if (outcome.More)
                    {
                        continue;
                    }

                    await retention.CleanupAsync(stoppingToken);
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    failures++;
                    LogRelayFailed(ex, failures);
                    await Task.Delay(Backoff(failures), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            // Confirmed rows whose mark is still being written: finish it, or they are published again after the restart.
            try
            {
                await marker.CompleteAsync();
            }
            catch (Exception ex)
            {
                LogRelayFailed(ex, failures + 1);
            }
        }
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed (attempt {Failures}); retrying with backoff")]
    private partial void LogRelayFailed(Exception exception, int failures);
}
