using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>
/// An idempotent consumer: the message id is recorded in the inbox in the same transaction as the effect,
/// so a redelivered message has no second effect. Failures throw and are retried with backoff by the
/// endpoint, then parked in the error queue. Deliveries go through the service's <see cref="InboxBatcher{TContext}"/>:
/// concurrent ones are applied together in one transaction, on the batch's context.
/// The consumer takes no context of its own (a delivery would lease one from the pool only to leave it unused): the
/// handler works on <see cref="Db"/>, and the services it calls get it passed.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    private TContext? _db;

    /// <summary>The context the current delivery is applied on: the batch's shared one, set only while the handler runs.</summary>
    protected TContext Db => _db ?? throw new InvalidOperationException("Db is the batch's context: it is there only while HandleAsync runs.");
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
        _db = db;
        try
        {
            await HandleAsync(message, ct);
        }
        finally
        {
            _db = null;
        }
    }

    private static InboxBatcher<TContext> Batcher(ConsumeContext context) =>
        (context.TryGetPayload<IServiceScope>(out var scope) ? scope.ServiceProvider : context.GetPayload<IServiceProvider>())
        .GetRequiredService<InboxBatcher<TContext>>();

    /// <summary>Applies the message's effect to <see cref="Db"/>; do not call SaveChanges, the base commits it with the inbox record.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}
