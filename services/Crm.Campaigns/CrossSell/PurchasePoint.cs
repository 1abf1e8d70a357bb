namespace Crm.Campaigns.CrossSell;

public sealed record PurchasePoint(string Category, DateTimeOffset PurchasedAt);
