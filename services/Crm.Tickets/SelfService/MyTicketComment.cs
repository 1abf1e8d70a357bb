namespace Crm.Tickets.SelfService;

/// <summary>A comment as its customer sees it: who wrote it by display name, never a staff id.</summary>
public sealed record MyTicketComment(Guid Id, string Author, string Body, DateTimeOffset At, bool FromCustomer);
