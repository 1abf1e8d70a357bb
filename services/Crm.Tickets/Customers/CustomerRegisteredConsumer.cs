using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class CustomerRegisteredConsumer(TimeProvider time) : InboxConsumer<CustomerRegistered, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerRegistered message, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, message.FirstName, message.LastName, ct);
        if (customer.Version == 0)
        {
            (customer.FirstName, customer.LastName) = (message.FirstName, message.LastName);
            customer.AccountOwnerId = message.AccountOwnerId;
            customer.Version = 1;
        }
    }
}
