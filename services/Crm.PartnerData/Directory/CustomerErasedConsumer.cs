using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Directory;

public sealed class CustomerErasedConsumer(TimeProvider time) : InboxConsumer<CustomerErased, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased m, CancellationToken ct)
    {
        var customer = await CustomerDirectory.FindOrAddAsync(Db, m.CustomerId, ct);
        CustomerDirectory.Apply(customer, "", "", "", null, null, null, null, null, null, long.MaxValue);
        customer.HashedEmail = "";
        customer.Erased = true;
        customer.PartnerSharingConsent = false;
        await CustomerDirectory.RevokeContributionsAsync(Db, m.CustomerId, Time.GetUtcNow(), ct);
    }
}
