namespace Crm.PartnerData.Partners;

public sealed record KeyResponse(Guid KeyId, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);
