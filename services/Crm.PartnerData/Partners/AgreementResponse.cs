namespace Crm.PartnerData.Partners;

public sealed record AgreementResponse(Guid Id, IReadOnlyList<string> Attributes, string Purpose, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Live);
