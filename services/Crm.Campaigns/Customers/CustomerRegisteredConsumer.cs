using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;

namespace Crm.Campaigns.Customers;

/// <summary>A new customer joins the audience. An update that arrived first (higher version) is not overwritten.</summary>
public sealed class CustomerRegisteredConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<CustomerRegistered, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerRegistered message, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        if (CustomerReplica.Apply(member, CustomerSnapshot.Of(message)))
        {
            await membership.RefreshAsync(Db, member, ct);
        }
    }
}
