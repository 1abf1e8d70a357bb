namespace Crm.Contracts.Tickets;

/// <summary>An agent re-prioritised the ticket, or the SLA engine escalated it on a breach.</summary>
public sealed record TicketPriorityChanged(Guid TicketId, Guid CustomerId, string FromPriority, string ToPriority, DateTimeOffset OccurredAt);
