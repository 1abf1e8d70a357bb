namespace Crm.Tickets.Desk;

public sealed record RelatedTicket(Guid Id, string Subject, TicketStatus Status, string? ProductModel, DateTimeOffset CreatedAt);
