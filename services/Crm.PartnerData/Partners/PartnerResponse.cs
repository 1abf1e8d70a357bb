namespace Crm.PartnerData.Partners;

public sealed record PartnerResponse(Guid Id, string Name, string Industry, DateTimeOffset CreatedAt);
