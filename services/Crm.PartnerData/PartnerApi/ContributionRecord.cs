namespace Crm.PartnerData.PartnerApi;

public sealed record ContributionRecord(string? HashedEmail, Dictionary<string, string>? Attributes);
