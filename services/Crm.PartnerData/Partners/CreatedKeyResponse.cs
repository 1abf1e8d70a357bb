namespace Crm.PartnerData.Partners;

public sealed record CreatedKeyResponse(Guid KeyId, string Key, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt);
