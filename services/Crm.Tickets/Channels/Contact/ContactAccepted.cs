namespace Crm.Tickets.Channels.Contact;

/// <summary>The number of the ticket the message opened (<c>T-1042</c>), to quote in any later mail.</summary>
public sealed record ContactAccepted(string? TicketNumber);
