namespace Crm.Tickets.Channels.Mail;

/// <summary>A Message-ID the desk received or sent on a ticket: replies that reference it find the ticket, a repeat is ignored.</summary>
public sealed class MailReference
{
    public required string MessageId { get; set; }
    public Guid TicketId { get; set; }
    public DateTimeOffset At { get; set; }
}
