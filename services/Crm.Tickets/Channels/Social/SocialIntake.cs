using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Text;
using Crm.Tickets.Channels.Intake;
using Crm.Tickets.Desk;
using Microsoft.EntityFrameworkCore;

namespace Crm.Tickets.Channels.Social;

/// <summary>
/// A verified message from a network: nothing when its id was taken in before; a new thread opens a ticket (channel
/// social) for its sender, a known thread becomes the sender's reply on its ticket (a closed ticket: a new one).
/// The sender is a lead under a reserved, never-delivered address (<c>&lt;sender id&gt;@&lt;network&gt;.social.invalid</c>, RFC 2606).
/// </summary>
public sealed class SocialIntake(TicketServices services)
{
    public Task ReceiveAsync(string network, SocialMessage message, CancellationToken ct) =>
        ConcurrentWrites.RetryAsync(services.Db, () => ReceiveOnceAsync(network, message, ct));

    private async Task<bool> ReceiveOnceAsync(string network, SocialMessage message, CancellationToken ct)
    {
        var db = services.Db;
        if (await db.Set<SocialMessageSeen>().AnyAsync(m => m.Network == network && m.MessageId == message.MessageId, ct))
        {
            return false;
        }

        var now = services.Time.GetUtcNow();
        var text = message.Text!.Trim();
        var thread = await db.Set<SocialThread>().FirstOrDefaultAsync(t => t.Network == network && t.ThreadId == message.ThreadId, ct);
        var ticket = thread is null ? null : await db.Tickets.Include(t => t.Comments).FirstOrDefaultAsync(t => t.Id == thread.TicketId, ct);
        if (ticket is not null)
        {
            var reply = new TicketComment { Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = $"customer:{ticket.CustomerId}", Body = text, FromCustomer = true, At = now };
            if (ticket.CustomerReply(reply, services.Sla).IsChanged)
            {
                db.Comments.Add(reply);
                db.PublishRaised(ticket, now);
                return await SaveAsync(network, message, ticket.Id, now, ct);
            }
        }

        var handle = message.From!.Handle!.Trim().TrimStart('@');
        var sender = Slug(message.From.Id!) is { Length: > 0 } id ? id : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.From.Id!)))[..16];
        var address = $"{sender}@{Slug(network)}.social.invalid";
        var customer = await CustomerIntake.FindOrCaptureAsync(db, address, message.From.Name ?? handle, $"social:{network}", now, ct);
        var subject = DisplayText.Normalize(text.Split('\n')[0]) is { Length: > 0 } line ? (line.Length > 80 ? line[..80] + "…" : line) : "Social message";
        var opened = await TicketDesk.OpenAsync(services, customer.CustomerId, customer.AccountOwnerId, TicketChannel.Social, subject, text, TicketPriority.Normal, null, null);
        if (thread is null)
        {
            db.Add(new SocialThread { Network = network, ThreadId = message.ThreadId!, TicketId = opened.Id, SenderId = message.From.Id!, SenderHandle = handle });
        }
        else
        {
            thread.TicketId = opened.Id;
        }

        return await SaveAsync(network, message, opened.Id, now, ct);
    }

    private async Task<bool> SaveAsync(string network, SocialMessage message, Guid ticketId, DateTimeOffset now, CancellationToken ct)
    {
        services.Db.Add(new SocialMessageSeen { Network = network, MessageId = message.MessageId!, TicketId = ticketId, At = now });
        await services.Db.SaveChangesAsync(ct);
        return true;
    }

    private static string Slug(string text) => new([.. text.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').Take(60)]);
}
