using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class CustomerErasedConsumer(TicketsDbContext db, TimeProvider time) : InboxConsumer<CustomerErased, TicketsDbContext>(db, time)
{
    protected override async Task HandleAsync(CustomerErased message, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, "", "", ct);
        customer.Erased = true;
        customer.FirstName = "";
        customer.LastName = "";
        customer.AccountOwnerId = null;
        customer.ProductModels = [];
        customer.Version = long.MaxValue;
    }
}
