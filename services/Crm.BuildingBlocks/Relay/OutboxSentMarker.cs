using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Sql;
using Crm.BuildingBlocks.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Relay;

/// <summary>
/// Marks the rows the broker confirmed as sent. Marking waits for the write lock and writes every row's index entry, so
/// it runs while the relay reads and publishes its next batch (the mark was an eighth of each batch); the rows being
/// marked are skipped by that read (<see cref="Marking"/>). Used by the relay's loop only.
/// </summary>
public sealed class OutboxSentMarker<TContext>(IServiceScopeFactory scopes, SqliteDatabase<TContext>? sqlite = null) where TContext : ServiceDbContext
{
    private readonly HashSet<Guid> _marking = [];
    private Task _mark = Task.CompletedTask;

    /// <summary>Rows confirmed by the broker whose mark is being written.</summary>
    public IReadOnlySet<Guid> Marking => _marking;

    /// <summary>Starts marking the rows; the relay goes on with its next batch meanwhile.</summary>
    public void Start(List<Guid> sent, DateTimeOffset now)
    {
        _marking.UnionWith(sent);
        _mark = MarkSentAsync(sent, now);
    }

    /// <summary>Waits for the mark in flight; when it failed, its rows are unsent still and will be published again.</summary>
    public async Task CompleteAsync()
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
        using var turn = sqlite is null ? default : await sqlite.EnterWriteAsync();
        await UpdateSentAtAsync(db, sent, now);
    }

    /// <summary>Written by hand: EF translates an update over a list of ids again for every list, and a batch's list is new every time.</summary>
    private static async Task UpdateSentAtAsync(TContext db, List<Guid> sent, DateTimeOffset now)
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
}
