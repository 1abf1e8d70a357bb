namespace Crm.Tickets.Channels.Mail;

/// <summary>What becomes of an inbound mail: ignored (and why), a reply on the ticket with a known number, or a new ticket.</summary>
public sealed record MailDecision(MailDecisionKind Kind, long? TicketNumber = null, string? Reason = null)
{
    public static MailDecision Ignore(string reason) => new(MailDecisionKind.Ignore, Reason: reason);

    public static MailDecision ReplyTo(long number) => new(MailDecisionKind.Reply, number);

    public static readonly MailDecision New = new(MailDecisionKind.New);
}
