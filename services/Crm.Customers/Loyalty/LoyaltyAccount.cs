namespace Crm.Customers.Loyalty;

/// <summary>
/// A customer's place in the loyalty programme; every line appended to their ledger is a new version of it, so two
/// redemptions that read the same balance cannot both be saved.
/// </summary>
public sealed class LoyaltyAccount
{
    public Guid CustomerId { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Appends a line: the ledger only grows.</summary>
    public LoyaltyEntry Append(LoyaltyEntryKind kind, int points, string reason, string? refId, DateTimeOffset at, string? recordedBy = null)
    {
        Version++;
        UpdatedAt = at;
        return new LoyaltyEntry
        {
            Id = Guid.CreateVersion7(),
            CustomerId = CustomerId,
            At = at,
            Points = points,
            Kind = kind,
            Reason = reason,
            RefId = refId,
            RecordedBy = recordedBy,
        };
    }
}
