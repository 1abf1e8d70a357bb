using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class CustomerUpdatedConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct);
        CustomerReplica.Apply(customer, CustomerSnapshot.Of(message));
    }
}
