using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Relay;

/// <summary>Reads the oldest unsent outbox rows for the relay, and counts its backlog.</summary>
public sealed class OutboxReader<TContext>(IOptions<OutboxRelayOptions> options) where TContext : ServiceDbContext
{
    private readonly int _batchSize = options.Value.BatchSize;

    /// <summary>The next rows to publish, untracked (a confirmed batch is marked in one statement; only a failed row is
    /// attached, to record its error), and whether more unsent rows were left behind. The rows being marked are still
    /// unsent until their mark commits, and come first: the read asks for as many more rows as there are of them.</summary>
    public async Task<(List<OutboxMessage> Batch, bool More)> ReadBatchAsync(TContext db, IReadOnlySet<Guid> marking, CancellationToken ct)
    {
        var take = _batchSize + marking.Count;
        var batch = new List<OutboxMessage>(_batchSize);
        var read = 0;
        await foreach (var message in Unsent.Query(db, take).WithCancellation(ct))
        {
            read++;
            if (marking.Contains(message.Id))
            {
                continue;
            }

            if (batch.Count == _batchSize)
            {
                return (batch, true);
            }

            batch.Add(message);
        }

        return (batch, read == take);
    }

    public Task<int> CountUnsentAsync(TContext db) => Unsent.Count(db);

    /// <summary>Compiled once: under load the relay asks for the next batch many times a second, and counts the backlog.</summary>
    private static class Unsent
    {
        public static readonly Func<TContext, int, IAsyncEnumerable<OutboxMessage>> Query = EF.CompileAsyncQuery((TContext db, int take) =>
            db.Outbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Take(take));

        public static readonly Func<TContext, Task<int>> Count = EF.CompileAsyncQuery((TContext db) =>
            db.Outbox.Count(m => m.SentAt == null));
    }
}
