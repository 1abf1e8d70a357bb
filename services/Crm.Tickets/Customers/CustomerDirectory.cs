using Crm.BuildingBlocks.Data;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Customers;

public static class CustomerDirectory
{
    public static Task<DirectoryCustomer> FindOrAddAsync(TicketsDbContext db, Guid customerId, CancellationToken ct) =>
        db.Customers.FindOrAddAsync(customerId, () => new DirectoryCustomer { CustomerId = customerId, FirstName = "", LastName = "" }, ct);

    /// <summary>A customer the desk knows: their profile has arrived (not only a purchase or an erasure) and they are not erased.</summary>
    public static Task<DirectoryCustomer?> FindKnownAsync(TicketsDbContext db, Guid? customerId, CancellationToken ct = default) =>
        db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.CustomerId == customerId && !c.Erased && c.Version > 0, ct);
}
