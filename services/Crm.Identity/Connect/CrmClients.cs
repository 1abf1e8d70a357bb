namespace Crm.Identity.Connect;

/// <summary>The OpenID Connect clients of API.md and the scopes they may ask for.</summary>
public static class CrmClients
{
    public const string Web = "crm-web";
    public const string Mobile = "crm-mobile";
    public const string ApiScope = "crm-api";
    public const string MobileRedirect = "crm.mobile://callback";
    /// <summary>Registered without a port: any loopback port matches (RFC 8252).</summary>
    public const string MobileLoopbackRedirect = "http://127.0.0.1/callback";
}
