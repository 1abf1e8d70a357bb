namespace Crm.Tickets.SelfService;

public sealed record CustomerReplyRequest(string? Body);
