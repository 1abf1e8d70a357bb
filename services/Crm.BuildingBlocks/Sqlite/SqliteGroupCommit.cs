using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// Group commit for one SQLite database file. Saves that queue for the write gate while another writer holds it are
/// written together when it frees: one connection, one transaction, each context's part in turn behind its own
/// savepoint (<see cref="ISqliteGroupSave.WriteAsync"/>), one commit. A commit costs SQLite its write of every page the
/// transaction touched, its locks and its WAL bookkeeping; shared by every save in the group, most of that is paid once
/// instead of once per request. A save that fails is rolled back to its savepoint and fails alone; the others commit.
/// A failed commit fails every save in the group, and each context keeps its changes (as after any failed save), so
/// its caller can retry. Each save completes only after the commit holding it. Under light load a group is one save.
/// </summary>
public sealed class SqliteGroupCommit(string connectionString, SqliteWriteGate gate)
{
    /// <summary>Most saves written in one transaction.</summary>
    public const int MaxGroup = 64;

    private readonly ConcurrentQueue<PendingGroupSave> _queue = new();
    private int _running;

    /// <summary>Whether the context's save may join the group; not when it must run on its own, in a transaction or on a
    /// connection its caller opened.</summary>
    public static bool CanTake(DbContext db) =>
        db.Database.CurrentTransaction is null && db.Database.GetDbConnection().State == ConnectionState.Closed;

    /// <summary>Queues the save; completes with the number of rows it wrote once the transaction holding them commits.</summary>
    public Task<int> SaveAsync(ISqliteGroupSave save, CancellationToken ct)
    {
        var pending = new PendingGroupSave(save, ct);
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
        await gate.EnterAsync(CancellationToken.None);
        var group = new List<PendingGroupSave>();
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
                await SqliteGroupTransaction.CommitAsync(connectionString, group);
            }
        }
        catch (Exception ex)
        {
            // Opening the connection or beginning the transaction failed: nothing of the group was written.
            group.ForEach(p => p.Saved.TrySetException(ex));
        }
        finally
        {
            gate.Exit();
        }
    }
}
