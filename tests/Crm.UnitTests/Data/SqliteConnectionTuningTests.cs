using System.Data.Common;
using Crm.BuildingBlocks.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.UnitTests.Data;

/// <summary>The connection settings hold on every open of a pooled connection, and are sent once per physical connection.</summary>
public sealed class SqliteConnectionTuningTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"tuning-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_open_has_normal_sync_and_foreign_keys_and_a_physical_connection_is_tuned_once()
    {
        var options = new DbContextOptionsBuilder<DbContext>()
            .UseSqlite($"Data Source={_file}")
            .AddInterceptors(new SqliteConnectionTuning())
            .Options;

        for (var i = 0; i < 3; i++)
        {
            await using var db = new DbContext(options);
            Assert.Equal((1L, 1L), await OnOpenAsync(db, "PRAGMA synchronous;", "PRAGMA foreign_keys;"));
        }

        // Changed behind the tuning's back: the same pooled connection is not tuned again on its next open ...
        await using (var db = new DbContext(options))
        {
            await OnOpenAsync(db, "PRAGMA synchronous=FULL;", "PRAGMA foreign_keys;");
        }

        await using (var db = new DbContext(options))
        {
            Assert.Equal(2L, (await OnOpenAsync(db, "PRAGMA synchronous;", "PRAGMA foreign_keys;")).First);
        }

        // ... and a new physical connection is.
        SqliteConnection.ClearAllPools();
        await using (var db = new DbContext(options))
        {
            Assert.Equal((1L, 1L), await OnOpenAsync(db, "PRAGMA synchronous;", "PRAGMA foreign_keys;"));
        }
    }

    private static async Task<(long First, long Second)> OnOpenAsync(DbContext db, string first, string second)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return (await ScalarAsync(connection, first), await ScalarAsync(connection, second));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is long value ? value : -1;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
