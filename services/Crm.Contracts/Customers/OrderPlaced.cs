namespace Crm.Contracts.Customers;

/// <summary>
/// A customer placed an order (in the portal, through <c>/api/me/orders</c>, or from a won opportunity). Each of its lines
/// is also a <see cref="PurchaseRecorded"/>; this event carries what loyalty needs: what was paid and the points redeemed.
/// </summary>
public sealed record OrderPlaced(
    Guid OrderId,
    Guid CustomerId,
    string Number,
    decimal Total,
    string Currency,
    int PointsRedeemed,
    int PointsEarned,
    Guid? OpportunityId,
    DateTimeOffset OccurredAt);
