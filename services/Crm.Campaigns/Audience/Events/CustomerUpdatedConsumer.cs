using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;

namespace Crm.Campaigns.Audience.Events;

/// <summary>A profile change; only a newer version than the one held applies (events may arrive out of order).</summary>
public sealed class CustomerUpdatedConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<CustomerUpdated, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerUpdated e, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, e.CustomerId, ct);
        if (member.Erased || e.Version <= member.ProfileVersion)
        {
            return;
        }

        AudienceProfiles.Apply(member, new ProfileSnapshot(e.FirstName, e.LastName, e.Email, e.BirthYear, e.Gender, e.City, e.Country, e.LifecycleStage), e.Version, e.OccurredAt);
        await membership.RefreshAsync(Db, member, ct);
    }
}
