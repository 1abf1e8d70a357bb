using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Customers;

public sealed class CustomerUpdatedConsumer(TimeProvider time) : InboxConsumer<CustomerUpdated, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct);
        CustomerReplica.Apply(customer, CustomerSnapshot.Of(message));
    }
}
