namespace Crm.Campaigns.CrossSell;

/// <summary>A cross-sell suggestion: <c>bought-together</c> (Item is a product) or <c>replenishment</c> (Item is a category).</summary>
public sealed record Recommendation(string Kind, string Item, double Score, string Reason)
{
    public const string BoughtTogether = "bought-together";
    public const string ReplenishmentKind = "replenishment";
}
