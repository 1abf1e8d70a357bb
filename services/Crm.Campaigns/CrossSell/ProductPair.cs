namespace Crm.Campaigns.CrossSell;

/// <summary>How many customers own both products (kept as purchases arrive; both directions are stored).</summary>
public sealed class ProductPair
{
    public required string Product { get; set; }
    public required string OtherProduct { get; set; }
    public int Customers { get; set; }
}
