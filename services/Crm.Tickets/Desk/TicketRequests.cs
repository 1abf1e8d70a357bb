namespace Crm.Tickets.Desk;

public sealed record OpenTicketRequest(Guid? CustomerId, TicketChannel? Channel, string? Subject, string? Description, TicketPriority? Priority, string? Category, string? ProductModel);
