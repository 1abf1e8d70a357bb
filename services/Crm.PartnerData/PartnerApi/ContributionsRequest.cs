namespace Crm.PartnerData.PartnerApi;

public sealed record ContributionsRequest(IReadOnlyList<ContributionRecord>? Records);
