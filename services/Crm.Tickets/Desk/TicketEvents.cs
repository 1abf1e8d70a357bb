using Crm.Contracts.Tickets;

namespace Crm.Tickets.Desk;

public static class TicketEvents
{
    public static TicketOpened Opened(Ticket t) => new(t.Id, t.CustomerId, Name(t.Channel), t.Subject, Name(t.Priority), t.Category, t.ProductModel, t.AssigneeId, t.CreatedAt);

    public static TicketResolved Resolved(Ticket t, DateTimeOffset now) => new(t.Id, t.CustomerId, t.Subject, t.Resolution, t.ProductModel, Name(t.Channel), now);

    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
