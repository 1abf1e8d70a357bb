using Crm.Campaigns.Customers;

namespace Crm.Campaigns.Audience;

/// <summary>What marketing knows about one customer (the shape the suite's end-to-end flow reads).</summary>
public sealed record AudienceResponse(
    Guid CustomerId,
    string? FirstName,
    string? LastName,
    string? LifecycleStage,
    string? City,
    string? Country,
    IReadOnlyDictionary<string, bool> Consents,
    decimal TotalSpent,
    int PurchaseCount,
    IReadOnlyList<string> ProductModels,
    IReadOnlyDictionary<string, string> PartnerAttributes)
{
    public static AudienceResponse From(AudienceMember m) => new(
        m.CustomerId, m.FirstName, m.LastName, m.LifecycleStage, m.City, m.Country, MarketingConsent.Of(m),
        m.TotalSpent, m.PurchaseCount, m.ProductModels.Order(StringComparer.Ordinal).ToList(),
        m.PartnerAttributes.OrderBy(a => a.Name, StringComparer.Ordinal).ToDictionary(a => a.Name, a => a.Value));
}
