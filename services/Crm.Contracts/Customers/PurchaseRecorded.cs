namespace Crm.Contracts.Customers;

public sealed record PurchaseRecorded(
    Guid PurchaseId,
    Guid CustomerId,
    string Sku,
    string? ProductModel,
    string Category,
    decimal Amount,
    string Currency,
    DateTimeOffset PurchasedAt,
    string? SourceCode,
    DateTimeOffset OccurredAt);
