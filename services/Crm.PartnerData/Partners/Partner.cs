namespace Crm.PartnerData.Partners;

/// <summary>A company in a related industry that exchanges customer data with us under agreements.</summary>
public sealed class Partner
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Industry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
