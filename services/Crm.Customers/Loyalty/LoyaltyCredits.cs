using Crm.Contracts.Customers;
using Crm.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Loyalty;

/// <summary>
/// Credits the points an order earned, once: the same order arriving again (as a new message, or twice in one inbox
/// batch) finds its line already in the ledger, and the ledger's unique key would refuse a second one.
/// </summary>
public static class LoyaltyCredits
{
    public static async Task CreditAsync(CustomersDbContext db, OrderPlaced order, CancellationToken ct)
    {
        if (order.PointsEarned <= 0 || !await db.Customers.AnyAsync(c => c.Id == order.CustomerId && c.ErasedAt == null, ct))
        {
            return;
        }

        var refId = order.OrderId.ToString();
        var ledger = await LoyaltyLedger.LoadAsync(db, order.CustomerId, ct);
        if (ledger.Has(LoyaltyEntryKind.Earned, refId))
        {
            return;
        }

        ledger.Append(LoyaltyEntryKind.Earned, order.PointsEarned, $"Order {order.Number}", refId, order.OccurredAt);
    }
}
