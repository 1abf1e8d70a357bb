namespace Crm.Tickets.Desk;

public enum TicketStatus
{
    New,
    Open,
    Pending,
    Resolved,
    Closed,
}
