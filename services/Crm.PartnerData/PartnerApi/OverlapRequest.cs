namespace Crm.PartnerData.PartnerApi;

public sealed record OverlapRequest(IReadOnlyList<string>? HashedEmails);
