namespace Crm.Identity;

/// <summary>
/// Configuration section <c>Identity</c>, handed out by the app host: the public issuer (the gateway's URL), the web
/// client's secret, whether <c>/dev/token</c> and the development users exist, and where mail goes without SMTP.
/// </summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>The issuer every token names and every client sees, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public string Issuer { get; set; } = "http://127.0.0.1:8080/";
    public string Audience { get; set; } = "crm-api";
    public string? WebClientSecret { get; set; }
    /// <summary>Where <c>crm-web</c> is sent back after sign-in and sign-out (the console's callback).</summary>
    public string WebRedirectUri { get; set; } = "http://127.0.0.1:8080/app/signin-oidc";
    public string WebPostLogoutRedirectUri { get; set; } = "http://127.0.0.1:8080/app/";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public bool DevTokens { get; set; }
    /// <summary>The five users of API.md, in Development only (a harness that counts every customer record turns them off).</summary>
    public bool SeedDevelopmentUsers { get; set; } = true;
    /// <summary>Folder of the <c>.eml</c> files written when no SMTP server is configured.</summary>
    public string? MailDropDirectory { get; set; }
    public string MailFrom { get; set; } = "no-reply@crm.local";

    public Uri IssuerUri => new(Issuer.EndsWith('/') ? Issuer : Issuer + "/");

    /// <summary>Plain http is allowed only for an issuer on this machine (local development and tests).</summary>
    public bool IsLoopbackHttp => IssuerUri.Scheme == Uri.UriSchemeHttp && IssuerUri.IsLoopback;
}
