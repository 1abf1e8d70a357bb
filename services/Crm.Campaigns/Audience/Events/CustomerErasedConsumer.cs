using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.CrossSell;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;
using Microsoft.EntityFrameworkCore;

namespace Crm.Campaigns.Audience.Events;

/// <summary>
/// Erasure: the customer leaves the read model, every segment and every future send. A bare tombstone (id and flag)
/// remains so that late events about them are ignored; delivered message contents are deleted.
/// </summary>
public sealed class CustomerErasedConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<CustomerErased, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased e, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, e.CustomerId, ct);
        if (member.Erased)
        {
            return;
        }

        var owned = await Db.Purchases.Where(p => p.CustomerId == e.CustomerId).Select(p => p.ProductModel ?? p.Sku).Distinct().ToListAsync(ct);
        await CoOwnership.RemoveAsync(Db, owned, ct);
        await Db.Purchases.Where(p => p.CustomerId == e.CustomerId).ExecuteDeleteAsync(ct);
        await Db.DeliveryLog.Where(d => d.CustomerId == e.CustomerId).ExecuteDeleteAsync(ct);
        member.PartnerAttributes.Clear();
        member.ProductModels.Clear();
        Db.Entry(member).CurrentValues.SetValues(new AudienceMember { CustomerId = e.CustomerId, Erased = true });
        await membership.RefreshAsync(Db, member, ct);
    }
}
