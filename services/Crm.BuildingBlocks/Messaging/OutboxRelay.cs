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
    private DateTimeOffset _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
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

                if (outcome.Published == _options.BatchSize)
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

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));

    private async Task<(int Published, int Failed)> RelayBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Untracked: a confirmed batch is marked in one statement, and only a failed row is attached to record its error.
        var batch = new List<OutboxMessage>(_options.BatchSize);
        await foreach (var message in Unsent.Query(db, _options.BatchSize).WithCancellation(ct))
        {
            batch.Add(message);
        }

        if (batch.Count == 0)
        {
            MessagingMetrics.SetPending(typeof(TContext).Name, 0);
            return (0, 0);
        }

        var results = await Task.WhenAll(batch.Select(m => TryPublishAsync(m, ct)));
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

        if (sent.Count > 0)
        {
            // One statement marks the whole confirmed batch; only failures are tracked row by row (SaveChanges below).
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

        var failed = results.Count(r => r is not null);
        if (failed > 0)
        {
            await db.SaveChangesAsync(CancellationToken.None);
            LogPublishFailed(failed, batch.Count, results.First(r => r is not null));
        }

        // The backlog is every row not yet confirmed, not just this batch: a full batch may leave thousands behind. A batch
        // that was not full held every unsent row, and none failed: nothing is left (rows committed since wake the relay again).
        var pending = batch.Count == _options.BatchSize || failed > 0 ? await db.Outbox.CountAsync(m => m.SentAt == null, CancellationToken.None) : 0;
        MessagingMetrics.SetPending(typeof(TContext).Name, pending);

        return (batch.Count - failed, failed);
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

    /// <summary>Compiled once: under load the relay asks for the next batch many times a second.</summary>
    private static class Unsent
    {
        public static readonly Func<TContext, int, IAsyncEnumerable<OutboxMessage>> Query = EF.CompileAsyncQuery((TContext db, int take) =>
            db.Outbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Take(take));
    }

    private async Task<string?> TryPublishAsync(OutboxMessage message, CancellationToken ct)
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

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(body, type, context => context.MessageId = message.Id, timeout.Token);
            return null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
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
