namespace Crm.Contracts.Tickets;

/// <summary>A mail to a customer could not be delivered and will not be retried: the address is recorded as failing.</summary>
public sealed record MailDeliveryFailed(
    Guid CustomerId,
    string Address,
    string Subject,
    string Reason,
    DateTimeOffset OccurredAt);
