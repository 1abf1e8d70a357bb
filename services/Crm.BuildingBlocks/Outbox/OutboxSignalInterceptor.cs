using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.BuildingBlocks.Outbox;

/// <summary>After a save that wrote outbox rows (and after the commit of an explicit transaction), wakes the relay.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // The context's own note of queued events, not a look through the change tracker (which would detect changes again).
        if (eventData.Context is IOutboxContext { QueuedEvents.IsEmpty: false })
        {
            Pending(eventData.Context).Value = true;
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            NotifyIfPending(context);
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            NotifyIfPending(context);
        }

        return Task.CompletedTask;
    }

    /// <summary>Wakes the relay for events committed outside EF's save (a group commit).</summary>
    public void Announce() => signal.Notify();

    private void NotifyIfPending(DbContext context)
    {
        var pending = Pending(context);
        if (pending.Value)
        {
            pending.Value = false;
            signal.Notify();
        }
    }

    private static StrongBox<bool> Pending(DbContext context) =>
        (StrongBox<bool>)(PendingFlags.GetValue(context, _ => new StrongBox<bool>()));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> PendingFlags = new();

    private sealed class StrongBox<T>
    {
        public T Value { get; set; } = default!;
    }
}
