namespace Crm.Contracts.Customers;

public sealed record InteractionLogged(
    Guid InteractionId,
    Guid CustomerId,
    string Channel,
    string Direction,
    string Summary,
    string? Outcome,
    DateTimeOffset OccurredAt);
