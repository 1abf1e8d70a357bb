using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Campaigns;
using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Consents;

/// <summary>A customer used a message's unsubscribe link: marketing consent on that channel is withdrawn.</summary>
public sealed class MarketingConsentWithdrawnConsumer(TimeProvider time) : InboxConsumer<MarketingConsentWithdrawn, CustomersDbContext>(time)
{
    protected override async Task HandleAsync(MarketingConsentWithdrawn message, CancellationToken ct)
    {
        if (!Enum.TryParse<ContactChannel>(message.Channel, ignoreCase: true, out var channel)
            || !await Db.Customers.AnyAsync(c => c.Id == message.CustomerId && c.ErasedAt == null, ct))
        {
            return;
        }

        ConsentRecorder.Record(Db, message.CustomerId, ConsentPurpose.Marketing, channel, granted: false, "unsubscribe", null, message.OccurredAt);
    }
}
