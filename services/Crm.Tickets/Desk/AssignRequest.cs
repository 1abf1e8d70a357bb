namespace Crm.Tickets.Desk;

public sealed record AssignRequest(string? AssigneeId);
