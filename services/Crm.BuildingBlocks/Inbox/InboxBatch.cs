using Crm.BuildingBlocks.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>
/// Applies a batch of deliveries in one transaction: one inbox look-up for all of them, then each handler in turn, its
/// changes flushed before the next runs (so later handlers see earlier effects; a redelivery in the same batch is absorbed
/// by the batch's record of what it applied). The inbox records of the applied deliveries are written together, in the
/// same transaction, just before the commit — a handler with nothing to write costs no save of its own.
/// Handlers almost always succeed, so the batch first runs without savepoints. When a handler fails, that transaction is
/// rolled back and the batch runs again with each handler behind its own savepoint: the one that fails is rolled back to
/// its savepoint alone and its delivery fails — retried, then parked, by its endpoint — while the rest commit. Outcomes
/// are reported after the commit.
/// </summary>
public static class InboxBatch
{
    public static async Task ApplyAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, TimeProvider time, ILogger logger, CancellationToken ct)
        where TContext : DbContext
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(attemptCt => AttemptAsync(db, batch, time, attemptCt), ct);
        foreach (var delivery in batch)
        {
            if (delivery.Failure is { } failure)
            {
                delivery.Fail(failure);
                continue;
            }

            if (delivery.Duplicate)
            {
                InboxMetrics.Duplicate(delivery.Consumer);
                InboxLog.RedeliveryAbsorbed(logger, delivery.MessageType, delivery.MessageId, delivery.Consumer);
            }
            else
            {
                InboxMetrics.Consumed(delivery.Consumer);
            }

            delivery.Succeed();
        }
    }

    private static async Task AttemptAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, TimeProvider time, CancellationToken ct)
        where TContext : DbContext
    {
        db.ChangeTracker.Clear();
        // EF's automatic savepoint around every SaveChanges would only add round trips: a failure is undone by the batch.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            if (!await AttemptInTransactionAsync(db, batch, time, savepoints: false, ct))
            {
                await AttemptInTransactionAsync(db, batch, time, savepoints: true, ct);
            }
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    /// <returns>False when a handler failed without savepoints: nothing was committed, and the batch must run with them.</returns>
    private static async Task<bool> AttemptInTransactionAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, TimeProvider time, bool savepoints, CancellationToken ct)
        where TContext : DbContext
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applied = await InboxLookup.AlreadyAppliedAsync(db, batch, ct);
        var records = new List<InboxMessage>(batch.Count);
        foreach (var delivery in batch)
        {
            delivery.Failure = null;
            delivery.Duplicate = !applied.Add((delivery.MessageId, delivery.Consumer));
            if (!delivery.Duplicate)
            {
                delivery.Failure = await InboxDeliveryStep.ApplyAsync(db, savepoints ? transaction : null, delivery, ct);
                if (delivery.Failure is not null && !savepoints)
                {
                    // The handlers before it cannot be told apart from its partial writes: undo them all.
                    await transaction.RollbackAsync(ct);
                    return false;
                }

                if (delivery.Failure is null)
                {
                    records.Add(new InboxMessage { MessageId = delivery.MessageId, Consumer = delivery.Consumer, ProcessedAt = time.GetUtcNow() });
                }
                else
                {
                    applied.Remove((delivery.MessageId, delivery.Consumer));
                }
            }
        }

        // One prepared insert for the batch's records, untracked. If it fails the transaction is not committed and every
        // delivery of the batch is retried.
        await BulkInsert.InsertAsync(db, records, ct);

        await transaction.CommitAsync(ct);
        return true;
    }
}
