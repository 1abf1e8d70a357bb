using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// SQLite has one writer: WAL lets reads run beside it, and Microsoft.Data.Sqlite's busy retry (command timeout)
/// with BEGIN IMMEDIATE transactions queues writers instead of failing them. NORMAL sync is durable in WAL mode
/// against process crashes.
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
