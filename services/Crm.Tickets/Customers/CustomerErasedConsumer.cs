using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Replicas;
using Crm.Contracts.Customers;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Customers;

public sealed class CustomerErasedConsumer(TimeProvider time) : InboxConsumer<CustomerErased, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(CustomerErased message, CancellationToken ct)
    {
        CustomerReplica.Erase(await CustomerDirectory.FindOrAddAsync(Db, message.CustomerId, ct));

        // The tickets stay for the desk's statistics, without anything that identifies the person.
        await Db.Comments.Where(c => Db.Tickets.Any(t => t.Id == c.TicketId && t.CustomerId == message.CustomerId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Body, "[erased]"), ct);
        await Db.Tickets.Where(t => t.CustomerId == message.CustomerId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Subject, "[erased]").SetProperty(t => t.Description, "[erased]").SetProperty(t => t.Resolution, (string?)null), ct);
    }
}
