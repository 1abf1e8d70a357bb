using Crm.Tickets.Customers;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// The mails the desk writes on a ticket, queued in the mail outbox with the change that calls for them: each names the
/// ticket in its subject (<c>[#T-1042]</c>) and in its Message-ID, and answers the thread's last message.
/// </summary>
public static class TicketMail
{
    public const string Acknowledgement = "acknowledgement";
    public const string Reply = "reply";

    public static Task QueueAcknowledgementAsync(TicketsDbContext db, Ticket ticket, DirectoryCustomer customer, MailChannelOptions options, DateTimeOffset now, CancellationToken ct) =>
        QueueAsync(db, ticket, customer, Acknowledgement, $"We have received your request: {ticket.Subject} {MailRules.SubjectTagFor(ticket.Number)}",
            $"Hello {Greeting(customer)},\n\nthank you for writing to us. Your request has the number {TicketNumbers.Format(ticket.Number)}; " +
            "an agent will answer you soon.\n\nTo add anything, reply to this mail and keep the number in its subject.\n\n" +
            $"{options.SenderName}\n", autoReply: true, options, now, ct);

    public static Task QueueReplyAsync(TicketsDbContext db, Ticket ticket, DirectoryCustomer customer, string body, string? author, MailChannelOptions options, DateTimeOffset now, CancellationToken ct) =>
        QueueAsync(db, ticket, customer, Reply, $"Re: {ticket.Subject} {MailRules.SubjectTagFor(ticket.Number)}",
            $"{body}\n\n{author ?? options.SenderName}\n{options.SenderName}\n\n-- \nReply to this mail to answer; please keep {MailRules.SubjectTagFor(ticket.Number)} in the subject.\n",
            autoReply: false, options, now, ct);

    private static async Task QueueAsync(TicketsDbContext db, Ticket ticket, DirectoryCustomer customer, string kind, string subject, string body,
        bool autoReply, MailChannelOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var thread = await db.Set<MailReference>().AsNoTracking().Where(r => r.TicketId == ticket.Id).OrderBy(r => r.At).Select(r => r.MessageId).ToListAsync(ct);
        thread.AddRange(db.ChangeTracker.Entries<MailReference>()
            .Where(e => e.State == EntityState.Added && e.Entity.TicketId == ticket.Id).Select(e => e.Entity.MessageId).Except(thread));
        var messageId = MailRules.MessageIdFor(ticket.Number, options.SupportAddress);
        db.Add(new OutboundMail
        {
            Id = Guid.CreateVersion7(), MessageId = messageId, TicketId = ticket.Id, CustomerId = customer.CustomerId, Kind = kind,
            ToAddress = customer.Email, ToName = $"{customer.FirstName} {customer.LastName}".Trim(), Subject = Cut(subject, 400), Body = body,
            InReplyTo = thread.LastOrDefault(), References = thread.Count == 0 ? null : Cut(string.Join(' ', thread.TakeLast(20)), 4000),
            AutoReply = autoReply, Status = OutboundMailStatus.Pending, NextAttemptAt = now, CreatedAt = now,
        });
        db.Add(new MailReference { MessageId = messageId, TicketId = ticket.Id, At = now });
    }

    private static string Greeting(DirectoryCustomer customer) => customer.FirstName is { Length: > 0 } first ? first : customer.Email;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
