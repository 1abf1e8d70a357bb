namespace Crm.Tickets.Desk;

public sealed record StatusRequest(TicketStatus? Status, string? Resolution);
