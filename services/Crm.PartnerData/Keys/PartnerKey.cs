using Crm.BuildingBlocks.Rules;

namespace Crm.PartnerData.Keys;

/// <summary>A partner's API key: only its SHA-256 hash is stored; the key itself is shown once, when it is made.</summary>
public sealed class PartnerKey
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public required byte[] Hash { get; set; }
    public List<string> Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsLive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>A revoked key stays revoked from the first revocation on.</summary>
    public Outcome Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return Outcome.Unchanged;
        }

        RevokedAt = now;
        return Outcome.Changed;
    }
}
