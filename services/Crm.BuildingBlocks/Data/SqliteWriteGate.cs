using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// SQLite has one writer. Writers that collide wait in SQLite's busy handler, which sleeps the calling thread (1–100 ms
/// at a time): under load the database idles between sleeps and the thread pool starves. The service's writers —
/// requests saving changes, consumers, the outbox relay — therefore queue here, asynchronously, one gate per database
/// file, and take the write lock one at a time. Other providers need no gate.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Which database file a context writes to; null for other providers. Worked out once per context instance (pooled ones are reused).</summary>
    private static readonly ConditionalWeakTable<DbContext, Target> Targets = new();

    /// <returns>The gate taken (pass it to <see cref="Exit"/>), or null when the database needs none.</returns>
    public static async ValueTask<SemaphoreSlim?> EnterAsync(DbContext db, CancellationToken ct)
    {
        if (TargetOf(db).ConnectionString is not { } connectionString)
        {
            return null;
        }

        return await EnterAsync(connectionString, ct);
    }

    public static async ValueTask<SemaphoreSlim> EnterAsync(string connectionString, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return gate;
    }

    public static void Exit(SemaphoreSlim? gate) => gate?.Release();

    /// <summary>The connection string of a SQLite database kept in a file (not in memory, where each connection has its own), else null.</summary>
    public static string? FileDatabaseOf(DbContext db) => TargetOf(db) is { FileDatabase: true } target ? target.ConnectionString : null;

    private static Target TargetOf(DbContext db) => Targets.GetValue(db, static db =>
    {
        if (!db.Database.IsSqlite())
        {
            return new Target(null, false);
        }

        var connectionString = db.Database.GetConnectionString() ?? "";
        var parts = new SqliteConnectionStringBuilder(connectionString);
        return new Target(connectionString, parts.Mode != SqliteOpenMode.Memory && parts.DataSource is not ("" or ":memory:"));
    });

    private sealed record Target(string? ConnectionString, bool FileDatabase);
}
