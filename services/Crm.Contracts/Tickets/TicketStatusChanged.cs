namespace Crm.Contracts.Tickets;

public sealed record TicketStatusChanged(Guid TicketId, Guid CustomerId, string FromStatus, string ToStatus, DateTimeOffset OccurredAt);
