using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Directory;

public sealed class CustomerRegisteredConsumer(TimeProvider time) : InboxConsumer<CustomerRegistered, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerRegistered m, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, m.CustomerId, ct);
        if (customer.Version < 1 && !customer.Erased)
        {
            CustomerDirectory.Apply(customer, m.FirstName, m.LastName, m.Email, m.Phone, m.City, m.Country, m.BirthYear, m.Gender, m.LifecycleStage, 1);
        }
    }
}
