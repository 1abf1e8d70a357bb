namespace Crm.Campaigns.CrossSell;

public sealed record RecommendationsResponse(Guid CustomerId, IReadOnlyList<Recommendation> Items);
