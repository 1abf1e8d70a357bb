using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Customers;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.PartnerData;

namespace Crm.Campaigns.Audience.Events;

/// <summary>Partners' contributions about the customer are gone: drop every attribute contributed up to the revocation.</summary>
public sealed class PartnerContributionsRevokedConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<PartnerContributionsRevoked, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(PartnerContributionsRevoked message, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        var at = AudienceStore.Utc(message.OccurredAt);
        member.PartnerAttributes.RemoveAll(a => a.ContributedAt <= at);
        await membership.RefreshAsync(Db, member, ct);
    }
}
