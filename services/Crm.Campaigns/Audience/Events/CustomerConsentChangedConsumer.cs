using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Data;
using Crm.Contracts.Customers;

namespace Crm.Campaigns.Audience.Events;

/// <summary>Marketing consent per channel, and do-not-contact; other purposes (partner sharing) are not marketing's concern.</summary>
public sealed class CustomerConsentChangedConsumer(TimeProvider time)
    : InboxConsumer<CustomerConsentChanged, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerConsentChanged e, CancellationToken ct)
    {
        var purpose = e.Purpose.ToLowerInvariant();
        if (purpose is not (MarketingConsent.Purpose or MarketingConsent.DoNotContactPurpose))
        {
            return;
        }

        var member = await AudienceStore.LoadOrAddAsync(Db, e.CustomerId, ct);
        if (member.Erased)
        {
            return;
        }

        var at = AudienceStore.Utc(e.OccurredAt);
        if (purpose == MarketingConsent.DoNotContactPurpose)
        {
            MarketingConsent.ApplyDoNotContact(member, e.Granted, at);
        }
        else
        {
            MarketingConsent.Apply(member, e.Channel, e.Granted, at);
        }
    }
}
