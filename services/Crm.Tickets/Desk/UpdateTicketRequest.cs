namespace Crm.Tickets.Desk;

/// <summary>A partial update of a ticket's details: an absent (null) field is left as it is; an empty string clears category or product model.</summary>
public sealed record UpdateTicketRequest(string? Subject, string? Description, TicketPriority? Priority, string? Category, string? ProductModel);
