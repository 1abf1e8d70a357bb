using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Loyalty;

/// <summary>
/// Credits the points an order earned. A redelivered event is absorbed by the inbox; the same order arriving again as
/// another message finds its line already in the ledger (and the ledger's unique key would refuse a second one).
/// </summary>
public sealed class OrderPlacedLoyaltyConsumer(TimeProvider time) : InboxConsumer<OrderPlaced, CustomersDbContext>(time)
{
    protected override async Task HandleAsync(OrderPlaced message, CancellationToken ct)
    {
        if (message.PointsEarned <= 0 || !await Db.Customers.AnyAsync(c => c.Id == message.CustomerId && c.ErasedAt == null, ct))
        {
            return;
        }

        var refId = message.OrderId.ToString();
        var ledger = await LoyaltyLedger.LoadAsync(Db, message.CustomerId, ct);
        var pending = Db.ChangeTracker.Entries<LoyaltyEntry>().Any(e => e.Entity.Kind == LoyaltyEntryKind.Earned && e.Entity.RefId == refId);
        if (pending || ledger.Has(LoyaltyEntryKind.Earned, refId))
        {
            return;
        }

        ledger.Append(LoyaltyEntryKind.Earned, message.PointsEarned, $"Order {message.Number}", refId, message.OccurredAt);
    }
}
