using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// The write machinery of the SQLite database behind <typeparamref name="TContext"/>, one of each per context type: the
/// write gate its writers queue at, the interceptor that queues EF's own saves there, and — for a database kept in a
/// file — its group commit. A database in memory has none: a second connection would see another database.
/// </summary>
public sealed class SqliteDatabase<TContext> : IDisposable where TContext : DbContext
{
    public SqliteDatabase(string connectionString)
    {
        WriteGateInterceptor = new SqliteWriteGateInterceptor(WriteGate);
        var parts = new SqliteConnectionStringBuilder(connectionString);
        var inFile = parts.Mode != SqliteOpenMode.Memory && parts.DataSource is not ("" or ":memory:");
        GroupCommit = inFile ? new SqliteGroupCommit(connectionString, WriteGate) : null;
    }

    public SqliteWriteGate WriteGate { get; } = new();

    public SqliteWriteGateInterceptor WriteGateInterceptor { get; }

    public SqliteGroupCommit? GroupCommit { get; }

    /// <summary>Waits for the write gate and holds it until the returned turn is disposed (<c>using var turn = …</c>).</summary>
    public async ValueTask<SqliteWriteTurn> EnterWriteAsync(CancellationToken ct = default)
    {
        await WriteGate.EnterAsync(ct);
        return new SqliteWriteTurn(WriteGate);
    }

    public void Dispose() => WriteGate.Dispose();
}
