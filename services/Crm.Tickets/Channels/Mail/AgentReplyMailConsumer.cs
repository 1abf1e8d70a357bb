using Crm.BuildingBlocks.Inbox;
using Crm.Contracts.Tickets;
using Crm.Tickets.Customers;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// Every public agent comment reaches the customer as a mail in the ticket's thread. Replies are transactional: no
/// marketing consent or contact-pressure budget applies; an erased customer, or one without an email, gets none.
/// </summary>
public sealed class AgentReplyMailConsumer(TimeProvider time, IOptions<MailChannelOptions> options)
    : InboxConsumer<TicketRepliedToCustomer, TicketsDbContext>(time)
{
    protected override async Task HandleAsync(TicketRepliedToCustomer message, CancellationToken ct)
    {
        var ticket = await Db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == message.TicketId, ct);
        var customer = await CustomerDirectory.FindKnownAsync(Db, message.CustomerId, ct)
            ?? await Db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.CustomerId == message.CustomerId && !c.Erased, ct);
        if (ticket is null || ticket.Channel == TicketChannel.Social || customer is not { Email.Length: > 0 })
        {
            return;
        }

        await TicketMail.QueueReplyAsync(Db, ticket, customer, message.Body, message.AuthorName, options.Value, message.OccurredAt, ct);
    }
}
