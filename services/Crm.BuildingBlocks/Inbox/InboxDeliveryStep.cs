using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>One delivery of an inbox batch: its handler on the batch's context, under its own trace, its changes flushed
/// so the next handler sees them — behind a savepoint of its own when the batch runs with savepoints.</summary>
internal static class InboxDeliveryStep
{
    private const string Savepoint = "inbox_delivery";

    /// <returns>Null when applied; the handler's (or its save's) exception, after rolling back to the delivery's savepoint
    /// when it has one.</returns>
    public static async Task<Exception?> ApplyAsync<TContext>(TContext db, IDbContextTransaction? savepoint, InboxDelivery<TContext> delivery, CancellationToken ct)
        where TContext : DbContext
    {
        if (savepoint is not null)
        {
            await savepoint.CreateSavepointAsync(Savepoint, ct);
        }

        var previous = Activity.Current;
        Activity.Current = delivery.Activity;
        try
        {
            await delivery.Apply(db, ct);
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            if (savepoint is not null)
            {
                await savepoint.ReleaseSavepointAsync(Savepoint, ct);
            }

            return null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            if (savepoint is not null)
            {
                await savepoint.RollbackToSavepointAsync(Savepoint, ct);
                await savepoint.ReleaseSavepointAsync(Savepoint, ct);
            }

            return ex;
        }
        finally
        {
            Activity.Current = previous;
            db.ChangeTracker.Clear();
        }
    }
}
