using Crm.BuildingBlocks.Data;
using MassTransit;

namespace Crm.Bench.Pipeline;

/// <summary>
/// The raw baseline with the pipeline's business work: the same find-or-add of an effect row, saved on its own, with no
/// inbox (a redelivery would apply again, which is what the pipeline's inbox prevents).
/// </summary>
public sealed class RawWorkConsumer(ConsumerDb db) : IConsumer<RawWorkEvent>
{
    public async Task Consume(ConsumeContext<RawWorkEvent> context)
    {
        var message = context.Message;
        var effect = await db.Effects.FindOrAddAsync(message.CustomerId, () => new BenchEffect { CustomerId = message.CustomerId, Name = message.LastName }, context.CancellationToken);
        effect.ReceivedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
