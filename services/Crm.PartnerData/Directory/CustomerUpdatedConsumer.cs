using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Directory;

public sealed class CustomerUpdatedConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated m, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, m.CustomerId, ct);
        if (m.Version > customer.Version && !customer.Erased)
        {
            CustomerDirectory.Apply(customer, m.FirstName, m.LastName, m.Email, m.Phone, m.City, m.Country, m.BirthYear, m.Gender, m.LifecycleStage, m.Version);
        }
    }
}
