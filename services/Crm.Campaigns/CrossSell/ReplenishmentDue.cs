namespace Crm.Campaigns.CrossSell;

/// <summary>When a customer who buys a category regularly is expected to need it again.</summary>
public sealed record ReplenishmentDue(string Category, int TypicalIntervalDays, DateTimeOffset LastPurchasedAt, DateTimeOffset DueAt);
