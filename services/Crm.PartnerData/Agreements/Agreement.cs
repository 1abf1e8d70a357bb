namespace Crm.PartnerData.Agreements;

/// <summary>A data-sharing agreement: which customer attributes a partner may receive, for which purpose, until when.</summary>
public sealed class Agreement
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public List<string> Attributes { get; set; } = [];
    public required string Purpose { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    public bool IsLive(DateTimeOffset now) => ExpiresAt > now;
}
