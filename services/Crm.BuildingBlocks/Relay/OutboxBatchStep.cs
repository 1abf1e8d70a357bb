using Crm.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Relay;

/// <summary>
/// One turn of the relay's loop (<see cref="OutboxRelay{TContext}"/>): the oldest unsent rows, published together with
/// confirms, then marked sent while the next batch is read and published: the relay's throughput is its batches back to
/// back. The next read starts from the oldest unsent row as always (a row committed late with an earlier time is not
/// passed over) and skips the rows still being marked. A row the broker refused counts an attempt and keeps its error.
/// </summary>
public sealed partial class OutboxBatchStep<TContext>(
    IServiceScopeFactory scopes,
    OutboxReader<TContext> reader,
    OutboxPublisher publisher,
    OutboxSentMarker<TContext> marker,
    OutboxBacklogGauge<TContext> backlog,
    TimeProvider time,
    ILogger<OutboxBatchStep<TContext>> logger) where TContext : ServiceDbContext
{
    /// <summary>Relays one batch: how many of its rows failed, and whether more rows wait.</summary>
    public async Task<(int Failed, bool More)> RelayAsync(CancellationToken ct)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Total} outbox messages were not confirmed by the broker; first error: {Error}")]
    private partial void LogPublishFailed(int failed, int total, string? error);
}
