namespace Crm.Customers.Loyalty;

/// <summary>
/// One line of a customer's loyalty ledger: points earned (an order), redeemed (on an order) or adjusted by staff, with
/// why. The ledger is append-only: a line is never changed or removed; the balance and tier are computed from it.
/// </summary>
public sealed class LoyaltyEntry
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Positive when earned or added, negative when redeemed or taken away.</summary>
    public int Points { get; set; }
    public LoyaltyEntryKind Kind { get; set; }
    public required string Reason { get; set; }
    /// <summary>What the line is about: the order for earned and redeemed points; unique per customer and kind.</summary>
    public string? RefId { get; set; }
    /// <summary>Who made a staff adjustment.</summary>
    public string? RecordedBy { get; set; }
}

public enum LoyaltyEntryKind
{
    Earned,
    Redeemed,
    Adjusted,
}
