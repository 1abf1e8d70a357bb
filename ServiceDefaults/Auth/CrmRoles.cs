namespace Crm.ServiceDefaults.Auth;

/// <summary>The roles of the JWT <c>role</c> claim (API.md, Identity).</summary>
public static class CrmRoles
{
    public const string Admin = "admin";
    /// <summary>A team lead: all an agent may, plus reports and desk settings (API.md, wave 2).</summary>
    public const string Manager = "manager";
    public const string Agent = "agent";
    public const string Marketer = "marketer";
    public const string Customer = "customer";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Admin, Manager, Agent, Marketer, Customer]);
}
