using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Customers;

public sealed class CustomerErasedConsumer(TimeProvider time) : InboxConsumer<CustomerErased, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased message, CancellationToken ct)
    {
        CustomerReplica.Erase(await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct));
        await CustomerDirectory.RevokeContributionsAsync(Db, message.CustomerId, Time.GetUtcNow(), ct);
    }
}
