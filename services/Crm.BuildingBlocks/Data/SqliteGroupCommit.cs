using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Crm.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// Group commit for one SQLite database file. Saves that queue for the write gate while another writer holds it are
/// written together when it frees: one connection, one transaction, each context's part in turn behind its own
/// savepoint (<see cref="ServiceDbContext.SaveInGroupAsync"/>), one commit. A commit costs SQLite its write of every page the
/// transaction touched, its locks and its WAL bookkeeping; shared by every save in the group, most of that is paid once
/// instead of once per request. A save that fails is rolled back to its savepoint and fails alone; the others commit.
/// A failed commit fails every save in the group, and each context keeps its changes (as after any failed save), so
/// its caller can retry. Each save completes only after the commit holding it. Under light load a group is one save.
/// </summary>
public sealed class SqliteGroupCommit
{
    /// <summary>Most saves written in one transaction.</summary>
    public const int MaxGroup = 64;

    private static readonly ConcurrentDictionary<string, SqliteGroupCommit> Databases = new(StringComparer.Ordinal);

    private readonly string _connectionString;
    private readonly ConcurrentQueue<PendingSave> _queue = new();
    private int _running;

    private SqliteGroupCommit(string connectionString) => _connectionString = connectionString;

    /// <summary>The group commit of the context's database, or null when its save must run on its own: another provider, an
    /// in-memory database (a second connection would see another database), a transaction or a connection its caller opened.</summary>
    public static SqliteGroupCommit? For(DbContext db) =>
        db.Database.CurrentTransaction is null
        && SqliteWriteGate.FileDatabaseOf(db) is { } connectionString
        && db.Database.GetDbConnection().State == ConnectionState.Closed
            ? Databases.GetOrAdd(connectionString, static cs => new SqliteGroupCommit(cs))
            : null;

    /// <summary>Queues the context's save; completes with the number of rows it wrote once the transaction holding them commits.</summary>
    public Task<int> SaveAsync(ServiceDbContext db, CancellationToken ct)
    {
        var pending = new PendingSave(db, ct);
        _queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            // The loop serves every caller: it must not carry the first one's context (its trace, its logging scope) along.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(RunAsync, CancellationToken.None);
            }
        }

        return pending.Saved.Task;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            while (!_queue.IsEmpty)
            {
                await CommitNextGroupAsync();
            }

            // Nothing queued: stop, unless a save arrived between the check and the stop and found the loop still running.
            Volatile.Write(ref _running, 0);
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private async Task CommitNextGroupAsync()
    {
        // Waiting for the write gate is what lets a group fill: saves keep queueing while another writer holds it. When work
        // is waiting for a thread (the cores are busy), the loop first lets it run: writers already on their way queue
        // their saves, where the gate, often free when the loop looks, would take only the few queued by then. Under light
        // load nothing waits and neither does the loop; it never yields holding the gate.
        await BusyThreadPool.YieldAsync();
        var gate = await SqliteWriteGate.EnterAsync(_connectionString, CancellationToken.None);
        var group = new List<PendingSave>();
        try
        {
            while (group.Count < MaxGroup && _queue.TryDequeue(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Saved.TrySetCanceled(pending.CancellationToken);
                }
                else
                {
                    group.Add(pending);
                }
            }

            if (group.Count > 0)
            {
                await CommitAsync(group);
            }
        }
        catch (Exception ex)
        {
            // Opening the connection or beginning the transaction failed: nothing of the group was written.
            group.ForEach(p => p.Saved.TrySetException(ex));
        }
        finally
        {
            SqliteWriteGate.Exit(gate);
        }
    }

    private async Task CommitAsync(List<PendingSave> group)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await SqliteConnectionTuning.TuneAsync(connection, CancellationToken.None);
        var written = new List<(PendingSave Pending, GroupSave Save)>(group.Count);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        await using (var inserts = new BulkInsert.Session(connection, transaction))
        {
            foreach (var pending in group)
            {
                // Each save's commands belong to the trace of the request that made it.
                Activity.Current = pending.Activity;
                try
                {
                    written.Add((pending, await pending.Db.SaveInGroupAsync(connection, transaction, inserts)));
                }
                catch (Exception ex)
                {
                    pending.Saved.TrySetException(ex);
                }
                finally
                {
                    Activity.Current = null;
                }
            }

            try
            {
                await transaction.CommitAsync();
            }
            catch (Exception ex)
            {
                foreach (var (pending, save) in written)
                {
                    pending.Db.GroupFailed(save);
                    pending.Saved.TrySetException(ex);
                }

                return;
            }
        }

        foreach (var (pending, save) in written)
        {
            pending.Db.GroupCommitted(save);
            pending.Saved.TrySetResult(save.Rows);
        }
    }

    private sealed class PendingSave(ServiceDbContext db, CancellationToken ct)
    {
        public ServiceDbContext Db { get; } = db;
        public CancellationToken CancellationToken { get; } = ct;
        public Activity? Activity { get; } = Activity.Current;
        public TaskCompletionSource<int> Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
