namespace Crm.Tickets.Channels.Mail;

public enum MailDecisionKind
{
    Ignore,
    Reply,
    New,
}
