namespace Crm.FaultInjection.Ledger;

/// <summary>A consuming service's local copy of customers: one row per customer carrying the profile version it applied.</summary>
public sealed record ReadModel(string Service, string Table, string VersionColumn)
{
    public static readonly IReadOnlyList<ReadModel> OfCustomers =
    [
        new("tickets", "CustomerDirectory", "Version"),
        new("campaigns", "AudienceMembers", "ProfileVersion"),
        new("surveys", "Respondents", "Version"),
        new("partner-data", "Customers", "Version"),
    ];
}
