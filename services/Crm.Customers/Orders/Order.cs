namespace Crm.Customers.Orders;

/// <summary>An order a customer placed: its lines at the prices of the moment, the points redeemed and what was paid.</summary>
public sealed class Order
{
    public Guid Id { get; set; }
    /// <summary>The number people quote: <c>O-</c> and eight characters.</summary>
    public required string Number { get; set; }
    public Guid CustomerId { get; set; }
    public required string Status { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
    public decimal Subtotal { get; set; }
    public decimal Discount { get; set; }
    public decimal Total { get; set; }
    public required string Currency { get; set; }
    public int PointsRedeemed { get; set; }
    public int PointsEarned { get; set; }
    public Guid? OpportunityId { get; set; }
    public string? SourceCode { get; set; }
    public string? PlacedBy { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
}

/// <summary>A product on an order: what it cost then, and its share of what was paid (after points).</summary>
public sealed class OrderLine
{
    public required string Sku { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public string? ProductModel { get; set; }
    public decimal UnitPrice { get; set; }
    public int Quantity { get; set; }
    public decimal Amount { get; set; }
    /// <summary>The line's amount less its share of the points redeemed: the purchase recorded for it.</summary>
    public decimal Paid { get; set; }
    public Guid PurchaseId { get; set; }
}
