using Crm.BuildingBlocks.Inbox;
using Crm.Campaigns.Audience;
using Crm.Campaigns.Data;
using Crm.Contracts.Customers;

namespace Crm.Campaigns.Customers;

/// <summary>Marketing consent per channel, and do-not-contact; other purposes (partner sharing) are not marketing's concern.</summary>
public sealed class CustomerConsentChangedConsumer(TimeProvider time)
    : InboxConsumer<CustomerConsentChanged, CampaignsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerConsentChanged message, CancellationToken ct)
    {
        var purpose = message.Purpose.ToLowerInvariant();
        if (purpose is not (MarketingConsent.Purpose or MarketingConsent.DoNotContactPurpose))
        {
            return;
        }

        var member = await AudienceStore.LoadOrAddAsync(Db, message.CustomerId, ct);
        if (member.Erased)
        {
            return;
        }

        var at = AudienceStore.Utc(message.OccurredAt);
        if (purpose == MarketingConsent.DoNotContactPurpose)
        {
            MarketingConsent.ApplyDoNotContact(member, message.Granted, at);
        }
        else
        {
            MarketingConsent.Apply(member, message.Channel, message.Granted, at);
        }
    }
}
