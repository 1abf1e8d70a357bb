namespace Crm.Customers.Consents;

/// <summary>
/// One grant or withdrawal of consent, kept forever as history (never overwritten): the current consent for a
/// purpose and channel is the latest record. A null channel means every channel of the purpose.
/// </summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public ContactChannel? Channel { get; set; }
    public bool Granted { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>How it was given or withdrawn: agent, self-service, unsubscribe, api.</summary>
    public required string Source { get; set; }
    /// <summary>Who recorded it (the staff member's or customer's subject).</summary>
    public string? RecordedBy { get; set; }
}
