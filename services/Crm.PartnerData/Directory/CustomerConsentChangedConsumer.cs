using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.PartnerData.Data;

namespace Crm.PartnerData.Directory;

/// <summary>Partner-sharing consent: a withdrawal takes the customer out of every share at once and deletes what partners contributed.</summary>
public sealed class CustomerConsentChangedConsumer(TimeProvider time) : InboxConsumer<CustomerConsentChanged, PartnerDataDbContext>(time)
{
    protected override async Task HandleAsync(CustomerConsentChanged m, CancellationToken ct)
    {
        if (m.Purpose != "partner-sharing")
        {
            return;
        }

        var customer = await CustomerDirectory.FindOrAddAsync(Db, m.CustomerId, ct);
        if (customer.Erased || (customer.ConsentChangedAt is { } last && last > m.OccurredAt))
        {
            return;
        }

        customer.PartnerSharingConsent = m.Granted;
        customer.ConsentChangedAt = m.OccurredAt;
        if (!m.Granted)
        {
            await CustomerDirectory.RevokeContributionsAsync(Db, m.CustomerId, Time.GetUtcNow(), ct);
        }
    }
}
