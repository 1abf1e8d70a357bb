using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;

namespace Crm.Bench.Pipeline;

/// <summary>The pipeline with no business work: the inbox records the message and nothing else happens.</summary>
public sealed class InboxOnlyConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, ConsumerDb>(time)
{
    protected override Task HandleAsync(CustomerUpdated message, CancellationToken ct) => Task.CompletedTask;
}
