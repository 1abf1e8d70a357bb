using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Campaigns.CrossSell;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Customers;

/// <summary>
/// Erasure: the customer leaves the read model, every segment and every future send. A bare tombstone (id and flag)
/// remains so that late events about them are ignored; delivered message contents are deleted.
/// </summary>
public sealed class CustomerErasedConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<CustomerErased, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased message, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        if (!CustomerReplica.Erase(member))
        {
            return;
        }

        var owned = await Db.Purchases.Where(p => p.CustomerId == message.CustomerId).Select(p => p.ProductModel ?? p.Sku).Distinct().ToListAsync(ct);
        await CoOwnership.RemoveAsync(Db, owned, ct);
        await Db.Purchases.Where(p => p.CustomerId == message.CustomerId).ExecuteDeleteAsync(ct);
        await Db.DeliveryLog.Where(d => d.CustomerId == message.CustomerId).ExecuteDeleteAsync(ct);
        Db.Entry(member).CurrentValues.SetValues(new AudienceMember { CustomerId = message.CustomerId, Erased = true, ProfileVersion = member.ProfileVersion });
        await membership.RefreshAsync(Db, member, ct);
    }
}
