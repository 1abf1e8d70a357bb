namespace Crm.PartnerData.Partners;

public sealed record CreateKeyRequest(IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt);
