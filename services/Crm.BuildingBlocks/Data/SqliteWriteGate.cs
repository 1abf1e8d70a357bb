using System.Collections.Concurrent;
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

    /// <returns>The gate taken (pass it to <see cref="Exit"/>), or null when the database needs none.</returns>
    public static async ValueTask<SemaphoreSlim?> EnterAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return gate;
    }

    public static void Exit(SemaphoreSlim? gate) => gate?.Release();
}
