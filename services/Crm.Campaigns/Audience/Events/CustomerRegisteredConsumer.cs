using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts.Customers;

namespace Crm.Campaigns.Audience.Events;

/// <summary>A new customer joins the audience. An update that arrived first (higher version) is not overwritten.</summary>
public sealed class CustomerRegisteredConsumer(TimeProvider time, SegmentMembership membership)
    : InboxConsumer<CustomerRegistered, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerRegistered e, CancellationToken ct)
    {
        var member = await AudienceStore.LoadOrAddAsync(Db, e.CustomerId, ct);
        if (member.Erased || member.ProfileVersion >= 1)
        {
            return;
        }

        AudienceProfiles.Apply(member, new ProfileSnapshot(e.FirstName, e.LastName, e.Email, e.BirthYear, e.Gender, e.City, e.Country, e.LifecycleStage), 1, e.OccurredAt);
        await membership.RefreshAsync(Db, member, ct);
    }
}
