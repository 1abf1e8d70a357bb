namespace Crm.Contracts.Tickets;

/// <summary>An SLA target (first-response, next-reply, resolution) is about to be missed.</summary>
public sealed record TicketSlaWarning(Guid TicketId, Guid CustomerId, string SlaTarget, DateTimeOffset DueAt, DateTimeOffset OccurredAt);
