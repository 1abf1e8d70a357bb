using Microsoft.Extensions.Hosting;

namespace Crm.AppHost.Suite;

public static class IdentityExtensions
{
    /// <summary>
    /// The identity service's settings: its issuer is the gateway's public URL (every client and token sees that one
    /// address), the web client's secret, <c>/dev/token</c> and the seeded users in Development only (unless
    /// <c>Auth:DevTokens:Enabled=false</c>), and, until an SMTP server is configured, mail as files in the run's <c>mail/</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithIdentitySettings(this IResourceBuilder<ProjectResource> identity)
    {
        var builder = identity.ApplicationBuilder;
        var issuer = builder.GatewayUrl();
        var devTokens = builder.Environment.IsDevelopment() && builder.Configuration["Auth:DevTokens:Enabled"] != "false";
        return identity
            .WithEnvironment("Identity__Issuer", issuer)
            .WithEnvironment("Identity__WebClientSecret", builder.Secret("Identity:WebClientSecret"))
            .WithEnvironment("Identity__WebRedirectUri", issuer + "app/signin-oidc")
            .WithEnvironment("Identity__WebPostLogoutRedirectUri", issuer + "app/")
            .WithEnvironment("Identity__DevTokens", devTokens ? "true" : "false")
            .WithEnvironment("Identity__SeedDevelopmentUsers", builder.Configuration["Identity:SeedDevelopmentUsers"] ?? "true")
            .WithEnvironment("Identity__MailDropDirectory", builder.MailDropDirectory());
    }

    /// <summary>Where mail is written as <c>.eml</c> files while no SMTP server is configured: the run's <c>mail/</c> folder.</summary>
    public static string MailDropDirectory(this IDistributedApplicationBuilder builder) => Path.Combine(builder.RunDirectory(), "mail");
}
