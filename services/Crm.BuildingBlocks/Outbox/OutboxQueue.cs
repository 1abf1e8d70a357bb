using Crm.BuildingBlocks.Sql;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Outbox;

/// <summary>
/// The events a context published since its last save, in the order they were published. Each is also an added outbox
/// row of the context, so EF's own save writes it with the other changes; a group commit takes them out of the change
/// tracker and writes them itself (<see cref="WriteTakenAsync"/>).
/// </summary>
public sealed class OutboxQueue(DbContext db)
{
    private readonly List<OutboxMessage> _queued = [];

    public bool IsEmpty => _queued.Count == 0;

    public void Add(OutboxMessage message)
    {
        db.Set<OutboxMessage>().Add(message);
        _queued.Add(message);
    }

    /// <summary>The save wrote them (or failed and its caller starts again): the queue is done with them.</summary>
    public void Clear() => _queued.Clear();

    /// <summary>The events still waiting to be written (a cleared change tracker dropped the others), no longer tracked.</summary>
    public List<OutboxMessage> Take()
    {
        var events = new List<OutboxMessage>(_queued.Count);
        // An outbox row is never changed after it is queued: looking up its entry needs no scan for changes first.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var message in _queued)
            {
                var entry = db.Entry(message);
                if (entry.State == EntityState.Added)
                {
                    entry.State = EntityState.Detached;
                    events.Add(message);
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        _queued.Clear();
        return events;
    }

    /// <summary>Writes events taken from the queue in the writer's transaction.</summary>
    public Task WriteTakenAsync(List<OutboxMessage> events, IRowWriter rows) => rows.InsertAsync(db, events, CancellationToken.None);

    /// <summary>Their save failed: they wait for the next one, as if never taken.</summary>
    public void Requeue(List<OutboxMessage> events)
    {
        foreach (var message in events)
        {
            Add(message);
        }
    }
}
