namespace Crm.Customers.Purchases;

/// <summary>A product the customer bought: the source of products owned, purchase analytics and attribution.</summary>
public sealed class Purchase
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string Sku { get; set; }
    public string? ProductModel { get; set; }
    public required string Category { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateTimeOffset PurchasedAt { get; set; }
    public string? SourceCode { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
