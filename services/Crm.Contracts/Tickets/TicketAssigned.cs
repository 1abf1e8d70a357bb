namespace Crm.Contracts.Tickets;

public sealed record TicketAssigned(Guid TicketId, Guid CustomerId, string? PreviousAssigneeId, string AssigneeId, DateTimeOffset OccurredAt);
