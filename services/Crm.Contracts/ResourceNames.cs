namespace Crm.Contracts;

/// <summary>Names of the suite's resources, shared by the app host (which injects them) and the services (which read them).</summary>
public static class ResourceNames
{
    public const string Messaging = "messaging";
    public const string Cache = "cache";
    public const string SqlServer = "sqlserver";
    /// <summary>Outbound mail: a relay, or the mail catcher in Development (<c>ConnectionStrings:smtp</c>).</summary>
    public const string Smtp = "smtp";

    public const string Customers = "customers";
    public const string Tickets = "tickets";
    public const string Surveys = "surveys";
    public const string Campaigns = "campaigns";
    public const string PartnerData = "partner-data";
    public const string Identity = "identity";
    public const string Gateway = "gateway";
    /// <summary>The web console and customer portal, served by the gateway under <c>/app</c>.</summary>
    public const string Web = "web";

    public static readonly IReadOnlyList<string> Services = [Customers, Tickets, Surveys, Campaigns, PartnerData, Identity];

    /// <summary>The connection-string name of a service's own database, e.g. <c>customers-db</c>.</summary>
    public static string DatabaseOf(string service) => $"{service}-db";
}
