using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Relay;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ with publisher confirms and marks them sent: the relay's loop, over its
/// reader, publisher and sent-marker (and, when idle, the retention of sent rows). A row is marked only after the broker confirmed it, so a crash at any point
/// re-publishes (never loses) and the consumers' inbox absorbs the duplicate. Retries with backoff until sent.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    OutboxReader<TContext> reader,
    OutboxPublisher publisher,
    OutboxSentMarker<TContext> marker,
    OutboxBacklogGauge<TContext> backlog,
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
                    var outcome = await RelayBatchAsync(stoppingToken);
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

    /// <summary>
    /// One batch: the oldest unsent rows, published together with confirms, then marked sent while the next batch is read
    /// and published: the relay's throughput is its batches back to back. The next read starts from the oldest unsent row
    /// as always (a row committed late with an earlier time is not passed over) and skips the rows still being marked.
    /// </summary>
    private async Task<(int Failed, bool More)> RelayBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var (batch, more) = await reader.ReadBatchAsync(db, marker.Marking, ct);
        if (batch.Count == 0)
        {
            await marker.CompleteAsync();
            backlog.NothingLeft();
            return (0, false);
        }

        var results = await publisher.PublishAsync(batch, ct);
        var now = time.GetUtcNow();
        var sent = new List<Guid>(batch.Count);
        foreach (var (message, error) in batch.Zip(results))
        {
            if (error is null)
            {
                sent.Add(message.Id);
                OutboxMetrics.Published(message.MessageType, now - message.OccurredAt);
            }
            else
            {
                db.Outbox.Attach(message);
                message.Attempts++;
                message.LastError = error.Length > 2000 ? error[..2000] : error;
            }
        }

        // The previous batch's mark has had this batch's publishing to finish in; this batch's runs during the next.
        await marker.CompleteAsync();
        if (sent.Count > 0)
        {
            marker.Start(sent, now);
        }

        var failed = results.Count(r => r is not null);
        if (failed > 0)
        {
            await db.SaveChangesAsync(CancellationToken.None);
            LogPublishFailed(failed, batch.Count, results.First(r => r is not null));
        }

        more = more && failed == 0;
        if (!more && failed == 0)
        {
            backlog.NothingLeft();
        }
        else
        {
            await backlog.RowsLeftAsync(db, now);
        }

        return (failed, more);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed (attempt {Failures}); retrying with backoff")]
    private partial void LogRelayFailed(Exception exception, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Total} outbox messages were not confirmed by the broker; first error: {Error}")]
    private partial void LogPublishFailed(int failed, int total, string? error);
}
