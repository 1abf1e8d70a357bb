using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;

namespace Crm.Bench.Pipeline;

/// <summary>The pipeline's consumer: a find-or-add of a read-model row behind the inbox, as the services' consumers do.</summary>
public sealed class EffectConsumer(TimeProvider time) : InboxConsumer<CustomerRegistered, ConsumerDb>(time)
{
    protected override async Task HandleAsync(CustomerRegistered message, CancellationToken ct)
    {
        var effect = await Db.Effects.FindOrAddAsync(message.CustomerId, () => new BenchEffect { CustomerId = message.CustomerId, Name = message.LastName }, ct);
        effect.ReceivedAt = Time.GetUtcNow();
    }
}
