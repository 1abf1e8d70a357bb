using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class CustomerRegisteredConsumer(TimeProvider time) : InboxConsumer<CustomerRegistered, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerRegistered message, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct);
        CustomerReplica.Apply(customer, CustomerSnapshot.Of(message));
    }
}
