using MassTransit;
using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// An idempotent consumer: the message id is recorded in the inbox in the same transaction as the effect,
/// so a redelivered message has no second effect. Failures throw and are retried with backoff by the
/// endpoint, then parked in the error queue. Where the service has an <see cref="InboxBatcher{TContext}"/>, concurrent
/// deliveries are applied together in one transaction, each behind its own savepoint.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    /// <summary>The context the current delivery is applied on: the batch's shared one when group commit applies it.</summary>
    private readonly TContext _own = db;

    protected TContext Db { get; private set; } = db;
    protected TimeProvider Time { get; } = time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;
        if (Batcher(context) is { } batcher)
        {
            var message = context.Message;
            await batcher.ApplyAsync(new InboxDelivery<TContext>(messageId, consumer, typeof(TMessage).Name, (db, ct) => ApplyOnAsync(db, message, ct), context.CancellationToken));
            return;
        }

        var strategy = Db.Database.CreateExecutionStrategy();
        var gate = await SqliteWriteGate.EnterAsync(Db, context.CancellationToken);
        try
        {
            await strategy.ExecuteAsync(ApplyOnceAsync, context.CancellationToken);
        }
        finally
        {
            SqliteWriteGate.Exit(gate);
        }

        async Task ApplyOnceAsync(CancellationToken ct)
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(ct);
            if (await Db.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct))
            {
                MessagingMetrics.Duplicate(consumer);
                InboxLog.RedeliveryAbsorbed(context.GetServiceOrCreateInstance<ILoggerFactory>().CreateLogger(InboxLog.Category), typeof(TMessage).Name, messageId, consumer);
                return;
            }

            await HandleAsync(context.Message, ct);
            Db.Inbox.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = Time.GetUtcNow() });
            await Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            MessagingMetrics.Consumed(consumer);
        }
    }

    private async Task ApplyOnAsync(TContext db, TMessage message, CancellationToken ct)
    {
        Db = db;
        await HandleAsync(message, ct);
        // Only Db is committed with the batch: a service that changed the consumer's own context would lose its effect.
        if (!ReferenceEquals(db, _own) && _own.ChangeTracker.HasChanges())
        {
            _own.ChangeTracker.Clear();
            throw new InvalidOperationException($"{GetType().Name} changed a DbContext other than Db; pass Db to the services it calls.");
        }
    }

    private static InboxBatcher<TContext>? Batcher(ConsumeContext context) =>
        context.TryGetPayload<IServiceScope>(out var scope) ? scope.ServiceProvider.GetService<InboxBatcher<TContext>>()
        : context.TryGetPayload<IServiceProvider>(out var services) ? services.GetService<InboxBatcher<TContext>>()
        : null;

    /// <summary>Applies the message's effect to <see cref="Db"/>; do not call SaveChanges, the base commits it with the inbox record.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}
