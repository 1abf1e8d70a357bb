namespace Crm.Customers.Catalog;

/// <summary>A product customers can order: its SKU, price and category. Stock is not kept here.</summary>
public sealed class Product
{
    public Guid Id { get; set; }
    public required string Sku { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case name, indexed for search.</summary>
    public string SearchName { get; set; } = "";
    public required string Category { get; set; }
    public string? ProductModel { get; set; }
    public decimal Price { get; set; }
    public required string Currency { get; set; }
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
