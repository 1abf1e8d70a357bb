using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class PurchaseRecordedConsumer(TimeProvider time) : InboxConsumer<PurchaseRecorded, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(PurchaseRecorded message, CancellationToken ct)
    {
        // The purchase may arrive before the registration (another queue): the row it makes is filled in by CustomerRegistered.
        var customer = await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct);
        if (!customer.Erased && message.ProductModel is { Length: > 0 } model && !customer.ProductModels.Contains(model))
        {
            customer.ProductModels = [.. customer.ProductModels, model];
        }
    }
}
