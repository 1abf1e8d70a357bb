namespace Crm.Tickets.Desk;

public static class TicketLimits
{
    public const int Subject = 200;
    public const int Description = 10_000;
}
