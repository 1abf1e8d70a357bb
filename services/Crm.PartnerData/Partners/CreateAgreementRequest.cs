namespace Crm.PartnerData.Partners;

public sealed record CreateAgreementRequest(IReadOnlyList<string>? Attributes, string? Purpose, DateTimeOffset? ExpiresAt);
