using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// SQLite has one writer: WAL lets reads run beside it, and Microsoft.Data.Sqlite's busy retry (command timeout)
/// with BEGIN IMMEDIATE transactions queues writers instead of failing them. NORMAL sync is durable in WAL mode
/// against process crashes. The settings belong to the physical connection, which the pool keeps across opens: EF
/// opens the connection for every query and save, so each physical connection is tuned once, not on every open.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
    private static readonly ConditionalWeakTable<object, object> Tuned = new();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        TuneAsync((SqliteConnection)connection, cancellationToken);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Untuned(connection) is { } handle)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Tuned.AddOrUpdate(handle, handle);
        }
    }

    /// <summary>Tunes a connection opened outside EF (the group commit's) the same way, once per physical connection.</summary>
    public static async Task TuneAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (Untuned(connection) is { } handle)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(ct);
            Tuned.AddOrUpdate(handle, handle);
        }
    }

    /// <returns>The physical connection's handle when it has not been tuned yet; null when it has.</returns>
    private static object? Untuned(DbConnection connection)
    {
        object handle = ((SqliteConnection)connection).Handle!;
        return Tuned.TryGetValue(handle, out _) ? null : handle;
    }
}
