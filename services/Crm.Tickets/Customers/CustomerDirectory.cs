using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public static class CustomerDirectory
{
    /// <summary>Events may arrive in any order: the first one about a customer creates the entry.</summary>
    public static async Task<DirectoryCustomer> FindOrAddAsync(TicketsDbContext db, Guid customerId, string firstName, string lastName, CancellationToken ct)
    {
        var customer = await db.Customers.FindAsync([customerId], ct);
        if (customer is null)
        {
            customer = new DirectoryCustomer { CustomerId = customerId, FirstName = firstName, LastName = lastName };
            db.Customers.Add(customer);
        }

        return customer;
    }
}
