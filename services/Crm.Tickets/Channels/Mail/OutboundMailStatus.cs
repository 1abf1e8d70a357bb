namespace Crm.Tickets.Channels.Mail;

public enum OutboundMailStatus
{
    Pending,
    Sent,
    Failed,
}
