using Crm.BuildingBlocks.Data;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public static class CustomerDirectory
{
    public static Task<DirectoryCustomer> FindOrAddAsync(TicketsDbContext db, Guid customerId, string firstName, string lastName, CancellationToken ct) =>
        db.Customers.FindOrAddAsync(customerId, () => new DirectoryCustomer { CustomerId = customerId, FirstName = firstName, LastName = lastName }, ct);
}
