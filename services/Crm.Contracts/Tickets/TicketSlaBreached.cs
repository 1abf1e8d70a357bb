namespace Crm.Contracts.Tickets;

public sealed record TicketSlaBreached(Guid TicketId, Guid CustomerId, string SlaTarget, DateTimeOffset DueAt, DateTimeOffset OccurredAt);
