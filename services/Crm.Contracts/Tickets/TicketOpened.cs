namespace Crm.Contracts.Tickets;

public sealed record TicketOpened(
    Guid TicketId,
    Guid CustomerId,
    string Channel,
    string Subject,
    string Priority,
    string? Category,
    string? ProductModel,
    string? AssigneeId,
    DateTimeOffset OccurredAt);
