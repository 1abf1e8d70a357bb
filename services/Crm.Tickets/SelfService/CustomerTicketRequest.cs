namespace Crm.Tickets.SelfService;

/// <summary>A customer opens a ticket themselves (web channel, normal priority: the desk triages it).</summary>
public sealed record CustomerTicketRequest(string? Subject, string? Description, string? Category, string? ProductModel);
