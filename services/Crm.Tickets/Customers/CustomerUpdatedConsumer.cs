using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class CustomerUpdatedConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, message.FirstName, message.LastName, ct);
        if (message.Version > customer.Version && !customer.Erased)
        {
            customer.FirstName = message.FirstName;
            customer.LastName = message.LastName;
            customer.AccountOwnerId = message.AccountOwnerId;
            customer.Version = message.Version;
        }
    }
}
