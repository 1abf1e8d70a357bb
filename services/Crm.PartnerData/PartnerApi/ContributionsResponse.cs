namespace Crm.PartnerData.PartnerApi;

public sealed record ContributionsResponse(int Accepted, int Matched);
