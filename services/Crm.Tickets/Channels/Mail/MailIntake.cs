using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Text;
using Crm.Tickets.Channels.Attachments;
using Crm.Tickets.Channels.Intake;
using Crm.Tickets.Customers;
using Crm.Tickets.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// One mail to the support address: ignored when it is automatic or a loop, nothing more when its Message-ID was seen
/// before; a reply by the ticket's customer on a ticket that takes replies becomes their comment (reopening it as the
/// workflow says); anything else opens a ticket (channel email) and is acknowledged. Attachments are kept.
/// </summary>
public sealed class MailIntake(TicketServices services, IOptions<MailChannelOptions> options, ILogger<MailIntake> logger)
{
    public Task ReceiveAsync(InboundMessage mail, CancellationToken ct) =>
        ConcurrentWrites.RetryAsync(services.Db, () => ReceiveOnceAsync(mail, ct));

    private async Task<bool> ReceiveOnceAsync(InboundMessage mail, CancellationToken ct)
    {
        var db = services.Db;
        var decision = MailRules.Decide(mail, options.Value.SupportAddress);
        if (decision.Kind == MailDecisionKind.Ignore)
        {
            logger.LogInformation("Mail from {Sender} ignored: {Reason}", mail.FromAddress, decision.Reason);
            return false;
        }

        if (mail.MessageId is { } seen && await db.Set<MailReference>().AnyAsync(r => r.MessageId == seen, ct))
        {
            return false;
        }

        var now = services.Time.GetUtcNow();
        var ticket = await ThreadOfAsync(decision, mail, ct);
        var text = Cut(MailRules.NewText(mail.Body), TicketLimits.Description);
        if (ticket is not null && await WrittenByCustomerAsync(ticket, mail, ct))
        {
            var reply = new TicketComment { Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = $"customer:{ticket.CustomerId}", Body = text, FromCustomer = true, At = now };
            if (ticket.CustomerReply(reply, services.Sla).IsChanged)
            {
                db.Comments.Add(reply);
                db.PublishRaised(ticket, now);
                Keep(mail, ticket.Id, reply.Id, now);
                await db.SaveChangesAsync(ct);
                return true;
            }
        }

        var customer = await CustomerIntake.FindOrCaptureAsync(db, mail.FromAddress, mail.FromName, "email", now, ct);
        var subject = DisplayText.Normalize(mail.Subject) is { Length: > 0 } s ? Cut(s, TicketLimits.Subject) : "(no subject)";
        var opened = await TicketDesk.OpenAsync(services, customer.CustomerId, customer.AccountOwnerId, TicketChannel.Email, subject,
            text.Length > 0 ? text : "(empty message)", TicketPriority.Normal, null, null);
        Keep(mail, opened.Id, null, now);
        await TicketMail.QueueAcknowledgementAsync(db, opened, customer, options.Value, now, ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Mail from {Sender} opened ticket {TicketNumber}", mail.FromAddress, TicketNumbers.Format(opened.Number));
        return true;
    }

    private async Task<Ticket?> ThreadOfAsync(MailDecision decision, InboundMessage mail, CancellationToken ct)
    {
        var tickets = services.Db.Tickets.Include(t => t.Comments);
        if (decision.TicketNumber is { } number)
        {
            return await tickets.FirstOrDefaultAsync(t => t.Number == number, ct);
        }

        var references = mail.References.Take(50).ToList();
        var known = await services.Db.Set<MailReference>().AsNoTracking().Where(r => references.Contains(r.MessageId)).Select(r => r.TicketId).FirstOrDefaultAsync(ct);
        return known == Guid.Empty ? null : await tickets.FirstOrDefaultAsync(t => t.Id == known, ct);
    }

    /// <summary>Only the ticket's own customer answers on it by mail; anyone else who quotes the number writes a new ticket.</summary>
    private async Task<bool> WrittenByCustomerAsync(Ticket ticket, InboundMessage mail, CancellationToken ct)
    {
        var email = DirectoryCustomer.NormalizeEmail(mail.FromAddress);
        return await services.Db.Customers.AnyAsync(c => c.CustomerId == ticket.CustomerId && c.Email == email && !c.Erased, ct);
    }

    private void Keep(InboundMessage mail, Guid ticketId, Guid? commentId, DateTimeOffset now)
    {
        if (mail.MessageId is { Length: > 0 and <= 400 } id)
        {
            services.Db.Add(new MailReference { MessageId = id, TicketId = ticketId, At = now });
        }

        foreach (var file in mail.Attachments)
        {
            services.Db.Add(new TicketAttachment
            {
                Id = Guid.CreateVersion7(), TicketId = ticketId, CommentId = commentId, FileName = file.FileName, ContentType = Cut(file.ContentType, 100),
                Size = file.Content.LongLength, Content = file.Content, At = now,
            });
        }
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
