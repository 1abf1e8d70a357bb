namespace Crm.Contracts.Customers;

/// <summary>A customer's loyalty balance or tier changed (points earned, redeemed or adjusted): what segments need.</summary>
public sealed record LoyaltyChanged(
    Guid CustomerId,
    int Points,
    string Tier,
    int PointsLast12Months,
    DateTimeOffset OccurredAt);
