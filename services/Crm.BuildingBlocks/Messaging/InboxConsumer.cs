using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// An idempotent consumer: the message id is recorded in the inbox in the same transaction as the effect,
/// so a redelivered message has no second effect. Failures throw and are retried with backoff by the
/// endpoint, then parked in the error queue. Deliveries go through the service's <see cref="InboxBatcher{TContext}"/>:
/// concurrent ones are applied together in one transaction, each behind its own savepoint.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    private readonly TContext _own = db;

    /// <summary>The context the current delivery is applied on: the batch's shared one.</summary>
    protected TContext Db { get; private set; } = db;
    protected TimeProvider Time { get; } = time;

    public Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var message = context.Message;
        return Batcher(context).ApplyAsync(new InboxDelivery<TContext>(
            messageId, GetType().Name, typeof(TMessage).Name, (db, ct) => ApplyOnAsync(db, message, ct), context.CancellationToken));
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

    private static InboxBatcher<TContext> Batcher(ConsumeContext context) =>
        (context.TryGetPayload<IServiceScope>(out var scope) ? scope.ServiceProvider : context.GetPayload<IServiceProvider>())
        .GetRequiredService<InboxBatcher<TContext>>();

    /// <summary>Applies the message's effect to <see cref="Db"/>; do not call SaveChanges, the base commits it with the inbox record.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}
