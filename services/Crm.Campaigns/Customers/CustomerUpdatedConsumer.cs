using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;

namespace Crm.Campaigns.Customers;

/// <summary>A profile change; only a newer version than the one held applies (events may arrive out of order).</summary>
public sealed class CustomerUpdatedConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<CustomerUpdated, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated message, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        if (CustomerReplica.Apply(member, CustomerSnapshot.Of(message)))
        {
            await membership.RefreshAsync(Db, member, ct);
        }
    }
}
