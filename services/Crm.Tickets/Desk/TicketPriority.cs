namespace Crm.Tickets.Desk;

public enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
