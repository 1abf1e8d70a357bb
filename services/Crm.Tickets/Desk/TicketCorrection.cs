namespace Crm.Tickets.Desk;

/// <summary>A ticket's details as an agent corrected them, already normalised.</summary>
public sealed record TicketCorrection(string Subject, string Description, string? Category, string? ProductModel, TicketPriority Priority);
