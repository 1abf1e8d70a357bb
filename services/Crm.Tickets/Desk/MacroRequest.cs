namespace Crm.Tickets.Desk;

public sealed record MacroRequest(string? Name, string? Body, bool? Internal, TicketStatus? SetStatus);
