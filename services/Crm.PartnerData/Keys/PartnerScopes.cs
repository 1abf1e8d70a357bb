namespace Crm.PartnerData.Keys;

public static class PartnerScopes
{
    public const string CustomersRead = "customers:read";
    public const string OverlapQuery = "overlap:query";
    public const string ContributionsWrite = "contributions:write";
    public const string SurveysSubmit = "surveys:submit";

    public static readonly IReadOnlyList<string> All = [CustomersRead, OverlapQuery, ContributionsWrite, SurveysSubmit];
}
