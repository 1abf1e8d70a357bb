namespace Crm.PartnerData.Directory;

/// <summary>What partner-data knows of a customer, from customer events: the attributes that may be shared, and the consent.</summary>
public sealed class ShareableCustomer
{
    public Guid CustomerId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>SHA-256 hex of the trimmed lower-case email: what partners' hashed emails match.</summary>
    public string HashedEmail { get; set; } = "";
    public string? Phone { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public int? BirthYear { get; set; }
    public string? Gender { get; set; }
    public string? LifecycleStage { get; set; }
    public bool PartnerSharingConsent { get; set; }
    public DateTimeOffset? ConsentChangedAt { get; set; }
    public long Version { get; set; }
    public bool Erased { get; set; }
}
