using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Customers;

/// <summary>Partner-sharing consent: a withdrawal takes the customer out of every share at once and deletes what partners contributed.</summary>
public sealed class CustomerConsentChangedConsumer(TimeProvider time) : InboxConsumer<CustomerConsentChanged, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerConsentChanged message, CancellationToken ct)
    {
        if (message.Purpose != "partner-sharing")
        {
            return;
        }

        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct);
        if (customer.Erased || (customer.ConsentChangedAt is { } last && last > message.OccurredAt))
        {
            return;
        }

        customer.PartnerSharingConsent = message.Granted;
        customer.ConsentChangedAt = message.OccurredAt;
        if (!message.Granted)
        {
            await CustomerDirectory.RevokeContributionsAsync(Db, message.CustomerId, Time.GetUtcNow(), ct);
        }
    }
}
