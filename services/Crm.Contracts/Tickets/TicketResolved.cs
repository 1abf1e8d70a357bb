namespace Crm.Contracts.Tickets;

public sealed record TicketResolved(
    Guid TicketId,
    Guid CustomerId,
    string Subject,
    string? Resolution,
    string? ProductModel,
    string Channel,
    DateTimeOffset OccurredAt);
