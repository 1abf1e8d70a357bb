namespace Crm.Campaigns.Audience;

/// <summary>One purchase of a customer (from PurchaseRecorded): products owned, totals, cross-sell and attribution.</summary>
public sealed class AudiencePurchase
{
    public Guid PurchaseId { get; set; }
    public Guid CustomerId { get; set; }
    public required string Sku { get; set; }
    public string? ProductModel { get; set; }
    public required string Category { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateTimeOffset PurchasedAt { get; set; }
    public string? SourceCode { get; set; }

    /// <summary>What cross-sell counts as "a product": the model when there is one, otherwise the SKU.</summary>
    public string ProductKey => ProductModel ?? Sku;
}
