using Crm.Campaigns.Customers;

namespace Crm.Campaigns.Segments.Rules;

/// <summary>The values a rule tree is evaluated against, for one customer.</summary>
public sealed record AudienceProfile(
    Guid CustomerId,
    string? Email,
    string? LifecycleStage,
    string? City,
    string? Country,
    string? Gender,
    int? BirthYear,
    decimal TotalSpent,
    int PurchaseCount,
    DateTimeOffset? LastPurchaseAt,
    DateTimeOffset? NextReplenishmentAt,
    IReadOnlySet<string> ProductModels,
    IReadOnlyDictionary<string, string> PartnerAttributes)
{
    /// <summary>From a read-model row whose product models and partner attributes are loaded.</summary>
    public static AudienceProfile From(AudienceMember m) => new(
        m.CustomerId, m.Email, m.LifecycleStage, m.City, m.Country, m.Gender, m.BirthYear, m.TotalSpent, m.PurchaseCount,
        m.LastPurchaseAt, m.NextReplenishmentAt,
        m.ProductModels,
        m.PartnerAttributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
}
