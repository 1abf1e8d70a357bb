using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Sql;
using Crm.BuildingBlocks.Sqlite;
using Microsoft.Data.Sqlite;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// A context's save in its database's group commit, behind its own savepoint: tracked changes through EF, its events
/// with the group's prepared outbox insert (a save that only raises events costs no change-tracking save at all).
/// Nothing is accepted until the commit; then the changes are accepted and the relay is woken.
/// </summary>
internal sealed class GroupedSave(ServiceDbContext db, OutboxQueue queue) : ISqliteGroupSave
{
    private const string Savepoint = "group_save";

    private List<OutboxMessage> _events = [];
    private bool _tracked;

    public async Task<int> WriteAsync(SqliteConnection connection, SqliteTransaction transaction, IRowWriter rows)
    {
        _events = queue.Take();
        _tracked = db.ChangeTracker.HasChanges();
        // One INSERT needs no savepoint: a statement that fails undoes itself and leaves the transaction as it was.
        var savepoint = _tracked || _events.Count > 1;
        if (savepoint)
        {
            await transaction.SaveAsync(Savepoint);
        }

        try
        {
            var saved = _tracked ? await db.SaveTrackedOnAsync(connection, transaction) : 0;
            await queue.WriteTakenAsync(_events, rows);
            if (savepoint)
            {
                await transaction.ReleaseAsync(Savepoint);
            }

            return saved + _events.Count;
        }
        catch
        {
            if (savepoint)
            {
                await UndoAsync(transaction);
            }

            queue.Requeue(_events);
            throw;
        }
    }

    public void Committed()
    {
        if (_tracked)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        if (_events.Count > 0)
        {
            db.AnnounceEvents();
        }
    }

    public void Failed() => queue.Requeue(_events);

    private static async Task UndoAsync(SqliteTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(Savepoint);
            await transaction.ReleaseAsync(Savepoint);
        }
        catch (SqliteException)
        {
            // The transaction itself is lost (SQLite rolled it back); the commit fails and so does every save in the group.
        }
    }
}
