using Crm.BuildingBlocks.Messaging;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;

namespace Crm.Tickets.Customers;

public sealed class PurchaseRecordedConsumer(TicketsDbContext db, TimeProvider time) : InboxConsumer<PurchaseRecorded, TicketsDbContext>(db, time)
{
    protected override async Task HandleAsync(PurchaseRecorded message, CancellationToken ct)
    {
        var customer = await Db.Customers.FindAsync([message.CustomerId], ct);
        if (customer is { Erased: false } && message.ProductModel is { Length: > 0 } model && !customer.ProductModels.Contains(model))
        {
            customer.ProductModels = [.. customer.ProductModels, model];
        }
    }
}
