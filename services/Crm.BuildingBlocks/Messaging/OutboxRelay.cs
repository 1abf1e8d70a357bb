using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ with publisher confirms and marks them sent.
/// A row is marked only after the broker confirmed it, so a crash at any point re-publishes
/// (never loses) and the consumers' inbox absorbs the duplicate. Retries with backoff until sent.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxRelayOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : ServiceDbContext
{
    private readonly OutboxRelayOptions _options = options.Value;
    private static readonly TimeSpan BacklogCountInterval = TimeSpan.FromSeconds(1);
    private DateTimeOffset _nextCleanup;
    private DateTimeOffset _backlogCountedAt = DateTimeOffset.MinValue;

    /// <summary>Rows confirmed by the broker whose mark is being written by <see cref="_mark"/>; touched by the relay's loop only.</summary>
    private readonly HashSet<Guid> _marking = [];
    private Task _mark = Task.CompletedTask;

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

                    await CleanupAsync(stoppingToken);
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
                await CompleteMarkAsync();
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
    /// One batch: the oldest unsent rows, published together with confirms, then marked sent. Marking waits for the write
    /// lock and writes every row's index entry, so it runs while the next batch is read and published: the relay's
    /// throughput is its batches back to back, and the mark was an eighth of each. The next read starts from the oldest
    /// unsent row as always (a row committed late with an earlier time is not passed over) and skips the rows still
    /// being marked (<see cref="_marking"/>).
    /// </summary>
    private async Task<(int Failed, bool More)> RelayBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var (batch, more) = await ReadBatchAsync(db, ct);
        if (batch.Count == 0)
        {
            await CompleteMarkAsync();
            MessagingMetrics.SetPending(typeof(TContext).Name, 0);
            return (0, false);
        }

        // One deadline for the batch: its publishes start together, so each still has the publish timeout (a timer per
        // message cost more than the rest of the relay's own work for it).
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.PublishTimeout);
        var results = await Task.WhenAll(batch.Select(m => TryPublishAsync(m, timeout.Token, ct)));
        var now = time.GetUtcNow();
        var sent = new List<Guid>(batch.Count);
        foreach (var (message, error) in batch.Zip(results))
        {
            if (error is null)
            {
                sent.Add(message.Id);
                MessagingMetrics.Published(message.MessageType, now - message.OccurredAt);
            }
            else
            {
                db.Outbox.Attach(message);
                message.Attempts++;
                message.LastError = error.Length > 2000 ? error[..2000] : error;
            }
        }

        // The previous batch's mark has had this batch's publishing to finish in; this batch's runs during the next.
        await CompleteMarkAsync();
        if (sent.Count > 0)
        {
            _marking.UnionWith(sent);
            _mark = MarkSentAsync(sent, now);
        }

        var failed = results.Count(r => r is not null);
        if (failed > 0)
        {
            await db.SaveChangesAsync(CancellationToken.None);
            LogPublishFailed(failed, batch.Count, results.First(r => r is not null));
        }

        more = more && failed == 0;
        // The backlog is every row not yet confirmed, not just this batch: a full batch may leave thousands behind. A batch
        // that was not full held every unsent row, and none failed: nothing is left (rows committed since wake the relay again).
        // Counting a backlog reads every unsent row's index entry, so while batches run back to back it is counted at most
        // once a second: the gauge is sampled far less often than that.
        if (!more && failed == 0)
        {
            MessagingMetrics.SetPending(typeof(TContext).Name, 0);
            _backlogCountedAt = DateTimeOffset.MinValue;
        }
        else if (now - _backlogCountedAt >= BacklogCountInterval)
        {
            MessagingMetrics.SetPending(typeof(TContext).Name, await Unsent.Count(db));
            _backlogCountedAt = now;
        }

        return (failed, more);
    }

    /// <summary>The next rows to publish, untracked (a confirmed batch is marked in one statement; only a failed row is
    /// attached, to record its error), and whether more unsent rows were left behind. The rows being marked are still
    /// unsent until their mark commits, and come first: the read asks for as many more rows as there are of them.</summary>
    private async Task<(List<OutboxMessage> Batch, bool More)> ReadBatchAsync(TContext db, CancellationToken ct)
    {
        var take = _options.BatchSize + _marking.Count;
        var batch = new List<OutboxMessage>(_options.BatchSize);
        var read = 0;
        await foreach (var message in Unsent.Query(db, take).WithCancellation(ct))
        {
            read++;
            if (_marking.Contains(message.Id))
            {
                continue;
            }

            if (batch.Count == _options.BatchSize)
            {
                return (batch, true);
            }

            batch.Add(message);
        }

        return (batch, read == take);
    }

    /// <summary>Waits for the mark in flight; when it failed, its rows are unsent still and will be published again.</summary>
    private async Task CompleteMarkAsync()
    {
        var mark = _mark;
        _mark = Task.CompletedTask;
        try
        {
            await mark;
        }
        finally
        {
            _marking.Clear();
        }
    }

    private async Task MarkSentAsync(List<Guid> sent, DateTimeOffset now)
    {
        // Off the relay's path: the rest of this method runs on the thread pool while the next batch is published.
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var gate = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        try
        {
            await MarkSentAsync(db, sent, now);
        }
        finally
        {
            SqliteWriteGate.Exit(gate);
        }
    }

    /// <summary>Written by hand: EF translates an update over a list of ids again for every list, and a batch's list is new every time.</summary>
    private static async Task MarkSentAsync(TContext db, List<Guid> sent, DateTimeOffset now)
    {
        var outbox = EntitySql.Of<OutboxMessage>(db);
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        try
        {
            // In chunks: SQL Server takes at most 2,100 parameters in a statement.
            foreach (var chunk in sent.Chunk(1000))
            {
                await using var command = EntitySql.CommandOn(db);
                var sentAt = outbox.AddParameter(command, nameof(OutboxMessage.SentAt), now);
                var ids = string.Join(", ", chunk.Select(id => outbox.AddParameter(command, nameof(OutboxMessage.Id), id)));
                command.CommandText = $"UPDATE {outbox.Table} SET {outbox.ColumnOf(nameof(OutboxMessage.SentAt))} = {sentAt} WHERE {outbox.ColumnOf(nameof(OutboxMessage.Id))} IN ({ids})";
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Compiled once: under load the relay asks for the next batch many times a second, and counts the backlog.</summary>
    private static class Unsent
    {
        public static readonly Func<TContext, int, IAsyncEnumerable<OutboxMessage>> Query = EF.CompileAsyncQuery((TContext db, int take) =>
            db.Outbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Take(take));

        public static readonly Func<TContext, Task<int>> Count = EF.CompileAsyncQuery((TContext db) =>
            db.Outbox.Count(m => m.SentAt == null));
    }

    private async Task<string?> TryPublishAsync(OutboxMessage message, CancellationToken deadline, CancellationToken stopping)
    {
        try
        {
            var type = MessageTypes.Resolve(message.MessageType);
            var body = JsonSerializer.Deserialize(message.Body, type, MessageTypes.Json)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty body.");

            using var activity = MessagingTelemetry.Source.StartActivity(
                "outbox relay", ActivityKind.Producer, message.TraceParent ?? default(string));
            activity?.SetTag("messaging.message.id", message.Id);
            activity?.SetTag("messaging.message.type", message.MessageType);

            await bus.Publish(body, type, context => context.MessageId = message.Id, deadline);
            return null;
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            return ex.GetType().Name + ": " + ex.Message;
        }
    }

    private async Task CleanupAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var sentBefore = now - _options.Retention;
        await db.Outbox.Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(ct);
        await db.Inbox.Where(m => m.ProcessedAt < sentBefore).ExecuteDeleteAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed (attempt {Failures}); retrying with backoff")]
    private partial void LogRelayFailed(Exception exception, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Total} outbox messages were not confirmed by the broker; first error: {Error}")]
    private partial void LogPublishFailed(int failed, int total, string? error);
}
