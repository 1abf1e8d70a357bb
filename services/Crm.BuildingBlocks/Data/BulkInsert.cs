using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Crm.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// Inserts many rows of one entity type with one reused, prepared INSERT in the context's current transaction,
/// bypassing change tracking. Column names and value conversions come from the EF model (each property's type
/// mapping creates its parameter), so rows are stored exactly as SaveChanges would store them, on either provider.
/// A campaign launch writes thousands of recipient, outbox and delivery rows a second, and the group commit writes
/// the outbox rows of every save in its transaction this way; the statement is built once per model and type.
/// </summary>
public static class BulkInsert
{
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<Type, Statement>> Statements = new();

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await InsertAsync(db, connection, db.Database.CurrentTransaction?.GetDbTransaction(), rows, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Inserts the rows on an open connection, in the given transaction.</summary>
    public static async Task InsertAsync<T>(DbContext db, DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        await InsertAsync(db, command, rows, ct);
    }

    private static async Task InsertAsync<T>(DbContext db, DbCommand command, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        var statement = StatementFor<T>(db);
        if (command.CommandText != statement.Sql)
        {
            command.CommandText = statement.Sql;
        }

        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < statement.Properties.Count; i++)
            {
                var property = statement.Properties[i];
                command.Parameters.Add(statement.Mappings[i].CreateParameter(command, "@p" + i, statement.Getters[i].GetClrValue(row), property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static Statement StatementFor<T>(DbContext db) where T : class =>
        Statements.GetValue(db.Model, static _ => new ConcurrentDictionary<Type, Statement>())
            .GetOrAdd(typeof(T), static (type, db) => Statement.For(db, type), db);

    /// <summary>
    /// Inserts on one open connection and transaction for as long as it lives, with one command per statement: many small
    /// inserts (a group commit's saves) share the statement SQLite prepared for the first instead of preparing it again.
    /// </summary>
    public sealed class Session(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        private readonly Dictionary<Statement, DbCommand> _commands = new(ReferenceEqualityComparer.Instance);

        public Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
        {
            if (rows.Count == 0)
            {
                return Task.CompletedTask;
            }

            var statement = StatementFor<T>(db);
            if (!_commands.TryGetValue(statement, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = transaction;
                _commands.Add(statement, command);
            }

            return BulkInsert.InsertAsync(db, command, rows, ct);
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

    /// <summary>An outbox row as <see cref="ServiceDbContext.Publish{TEvent}"/> writes it, for bulk insertion.</summary>
    public static OutboxMessage Outbox<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = MessageTypes.NameOf(typeof(TEvent)),
        Body = JsonSerializer.Serialize(@event, MessageTypes.Json),
        OccurredAt = occurredAt,
        TraceParent = Activity.Current?.Id,
    };

    private sealed record Statement(string Sql, IReadOnlyList<IProperty> Properties, IReadOnlyList<IClrPropertyGetter> Getters, IReadOnlyList<RelationalTypeMapping> Mappings)
    {
        public static Statement For(DbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var properties = entity.GetProperties().ToList();
            var sql = db.GetService<ISqlGenerationHelper>();
            return new Statement(
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})",
                properties,
                properties.Select(p => p.GetGetter()).ToList(),
                properties.Select(p => p.GetRelationalTypeMapping()).ToList());
        }
    }
}
