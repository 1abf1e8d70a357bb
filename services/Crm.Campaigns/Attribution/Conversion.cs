using Crm.Campaigns.Campaigns;

namespace Crm.Campaigns.Attribution;

/// <summary>A purchase credited to a campaign; keyed by the purchase, so each purchase converts at most once.</summary>
public sealed class Conversion
{
    public Guid PurchaseId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid CustomerId { get; set; }
    public required string SourceCode { get; set; }
    public CampaignChannel Channel { get; set; }
    public ConversionBasis Basis { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public DateTimeOffset PurchasedAt { get; set; }
}
