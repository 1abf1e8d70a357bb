namespace Crm.Tickets.Desk;

public enum TicketChannel
{
    Phone,
    Email,
    Chat,
    Web,
    Social,
}
