using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Sql;

/// <summary>
/// Inserts on one open connection and transaction for as long as it lives, with one command per entity type: many small
/// inserts (a group commit's saves) share the statement SQLite prepared for the first instead of preparing it again.
/// </summary>
public sealed class BulkInsertSession(DbConnection connection, DbTransaction transaction) : IRowWriter, IAsyncDisposable
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
