using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Customers.Data;

namespace Crm.Customers.Loyalty;

/// <summary>Credits an order's points; a redelivered event is absorbed by the inbox, the same order sent again by the ledger.</summary>
public sealed class OrderPlacedLoyaltyConsumer(TimeProvider time) : InboxConsumer<OrderPlaced, CustomersDbContext>(time)
{
    protected override Task HandleAsync(OrderPlaced message, CancellationToken ct) => LoyaltyCredits.CreditAsync(Db, message, ct);
}
