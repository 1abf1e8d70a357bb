namespace Crm.Campaigns.CrossSell;

/// <summary>How many customers own a product: the denominator of "often bought together".</summary>
public sealed class ProductOwners
{
    public required string Product { get; set; }
    public int Customers { get; set; }
}
