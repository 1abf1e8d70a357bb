using System.Diagnostics;
using Crm.BuildingBlocks.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    private const string Savepoint = "inbox_delivery";

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
        var applied = await AlreadyAppliedAsync(db, batch, ct);
        var records = new List<InboxMessage>(batch.Count);
        foreach (var delivery in batch)
        {
            delivery.Failure = null;
            delivery.Duplicate = !applied.Add((delivery.MessageId, delivery.Consumer));
            if (!delivery.Duplicate)
            {
                delivery.Failure = await ApplyOneAsync(db, savepoints ? transaction : null, delivery, ct);
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

    /// <returns>Null when applied; the handler's (or its save's) exception, after rolling back to the delivery's savepoint
    /// when it has one.</returns>
    private static async Task<Exception?> ApplyOneAsync<TContext>(TContext db, IDbContextTransaction? savepoint, InboxDelivery<TContext> delivery, CancellationToken ct)
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

    /// <summary>One look-up for the batch, written by hand: EF translates a query over a list of ids again for every list.</summary>
    private static async Task<HashSet<(Guid MessageId, string Consumer)>> AlreadyAppliedAsync<TContext>(TContext db, IReadOnlyList<InboxDelivery<TContext>> batch, CancellationToken ct)
        where TContext : DbContext
    {
        var inbox = EntitySql.Of<InboxMessage>(db);
        await using var command = EntitySql.CommandOn(db);
        var ids = new HashSet<Guid>(batch.Count);
        var parameters = new List<string>(batch.Count);
        foreach (var delivery in batch)
        {
            if (ids.Add(delivery.MessageId))
            {
                parameters.Add(inbox.AddParameter(command, nameof(InboxMessage.MessageId), delivery.MessageId));
            }
        }

        var messageId = inbox.ColumnOf(nameof(InboxMessage.MessageId));
        command.CommandText =
            $"SELECT {messageId}, {inbox.ColumnOf(nameof(InboxMessage.Consumer))} FROM {inbox.Table} WHERE {messageId} IN ({string.Join(", ", parameters)})";
        var applied = new HashSet<(Guid MessageId, string Consumer)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return applied;
    }
}
