using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Crm.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// Inserts many rows of one entity type with one reused, prepared INSERT in the context's current transaction,
/// bypassing change tracking. Column names and value conversions come from the EF model (each property's type
/// mapping creates its parameter), so rows are stored exactly as SaveChanges would store them, on either provider.
/// A campaign launch writes thousands of recipient, outbox and delivery rows a second, and the group commit writes
/// the outbox rows of every save in its transaction this way; the statement is <see cref="EntitySql.InsertSql"/>.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = EntitySql.CommandOn(db);
            await InsertAsync(EntitySql.Of<T>(db), command, rows, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task InsertAsync<T>(EntitySql entity, DbCommand command, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (command.CommandText != entity.InsertSql)
        {
            command.CommandText = entity.InsertSql;
        }

        foreach (var row in rows)
        {
            command.Parameters.Clear();
            foreach (var column in entity.Columns)
            {
                EntitySql.AddParameter(command, column, column.Getter.GetClrValue(row));
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Inserts on one open connection and transaction for as long as it lives, with one command per entity type: many small
    /// inserts (a group commit's saves) share the statement SQLite prepared for the first instead of preparing it again.
    /// </summary>
    public sealed class Session(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        private readonly Dictionary<EntitySql, DbCommand> _commands = new(ReferenceEqualityComparer.Instance);

        public Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
        {
            if (rows.Count == 0)
            {
                return Task.CompletedTask;
            }

            var entity = EntitySql.Of<T>(db);
            if (!_commands.TryGetValue(entity, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = transaction;
                _commands.Add(entity, command);
            }

            return BulkInsert.InsertAsync(entity, command, rows, ct);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync();
            }

            _commands.Clear();
        }
    }

    /// <summary>The outbox row of an event: <see cref="ServiceDbContext.Publish{TEvent}"/> queues one, a bulk writer inserts them itself.</summary>
    public static OutboxMessage Outbox<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = MessageTypes.NameOf(typeof(TEvent)),
        Body = JsonSerializer.Serialize(@event, MessageTypes.Json),
        OccurredAt = occurredAt,
        TraceParent = Activity.Current?.Id,
    };
}
