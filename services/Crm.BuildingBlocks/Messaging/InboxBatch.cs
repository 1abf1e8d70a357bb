using System.Diagnostics;
using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Applies a batch of deliveries in one transaction: one inbox look-up for all of them, then each handler behind its own
/// savepoint, its changes flushed before the next runs (so later handlers see earlier effects; a redelivery in the same
/// batch is absorbed by the batch's record of what it applied). The inbox records of the applied deliveries are written
/// together, in the same transaction, just before the commit — a handler with nothing to write costs no save of its own.
/// A handler that fails is rolled back to its savepoint alone and its delivery fails — retried, then parked, by its
/// endpoint — while the rest commit. Outcomes are reported after the commit.
/// </summary>
public static class InboxBatch
{
    private const string Savepoint = "inbox_delivery";

    public static async Task ApplyAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, TimeProvider time, ILogger logger, CancellationToken ct)
        where TContext : ServiceDbContext
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
                MessagingMetrics.Duplicate(delivery.Consumer);
                InboxLog.RedeliveryAbsorbed(logger, delivery.MessageType, delivery.MessageId, delivery.Consumer);
            }
            else
            {
                MessagingMetrics.Consumed(delivery.Consumer);
            }

            delivery.Succeed();
        }
    }

    private static async Task AttemptAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, TimeProvider time, CancellationToken ct)
        where TContext : ServiceDbContext
    {
        db.ChangeTracker.Clear();
        // Each delivery has its own savepoint; EF's automatic one around every SaveChanges would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await AttemptInTransactionAsync(db, batch, time, ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    private static async Task AttemptInTransactionAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, TimeProvider time, CancellationToken ct)
        where TContext : ServiceDbContext
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applied = await AlreadyAppliedAsync(db, batch, ct);
        var records = new List<InboxMessage>(batch.Count);
        foreach (var delivery in batch)
        {
            delivery.Failure = null;
            delivery.Duplicate = !applied.Add((delivery.MessageId, delivery.Consumer));
            if (!delivery.Duplicate)
            {
                delivery.Failure = await ApplyOneAsync(db, transaction, delivery, ct);
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
    }

    /// <returns>Null when applied; the handler's (or its save's) exception after rolling back to the delivery's savepoint.</returns>
    private static async Task<Exception?> ApplyOneAsync<TContext>(TContext db, IDbContextTransaction transaction, InboxDelivery<TContext> delivery, CancellationToken ct)
        where TContext : ServiceDbContext
    {
        await transaction.CreateSavepointAsync(Savepoint, ct);
        var previous = Activity.Current;
        Activity.Current = delivery.Activity;
        try
        {
            await delivery.Apply(db, ct);
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            await transaction.ReleaseSavepointAsync(Savepoint, ct);
            return null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, ct);
            await transaction.ReleaseSavepointAsync(Savepoint, ct);
            return ex;
        }
        finally
        {
            Activity.Current = previous;
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<HashSet<(Guid MessageId, string Consumer)>> AlreadyAppliedAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, CancellationToken ct)
        where TContext : ServiceDbContext
    {
        var ids = batch.Select(d => d.MessageId).Distinct().ToArray();
        var applied = new HashSet<(Guid MessageId, string Consumer)>();
        await foreach (var record in Applied<TContext>.Query(db, ids).WithCancellation(ct))
        {
            applied.Add((record.MessageId, record.Consumer));
        }

        return applied;
    }

    /// <summary>Compiled once per context type: the look-up runs for every batch, and translating it each time cost more than running it.</summary>
    private static class Applied<TContext> where TContext : ServiceDbContext
    {
        public static readonly Func<TContext, Guid[], IAsyncEnumerable<InboxMessage>> Query =
            EF.CompileAsyncQuery((TContext db, Guid[] ids) => db.Inbox.AsNoTracking().Where(m => ids.Contains(m.MessageId)));
    }
}
