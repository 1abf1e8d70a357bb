namespace Crm.AppHost.Suite;

public static class WebExtensions
{
    /// <summary>
    /// The web console and portal's settings: the gateway's public URL (where people reach it, where it signs them in and
    /// calls the API) and the secret of the <c>crm-web</c> client, the same one the identity service registers.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithWebSettings(this IResourceBuilder<ProjectResource> web)
    {
        var builder = web.ApplicationBuilder;
        web = web
            .WithEnvironment("Web__PublicUrl", builder.GatewayUrl())
            .WithEnvironment("Web__ClientSecret", builder.Secret("Identity:WebClientSecret"));
        // How long before expiry access tokens are renewed: the browser tests raise it so that sessions renew within seconds.
        return builder.Configuration["Web:TokenRefreshMargin"] is { Length: > 0 } margin
            ? web.WithEnvironment("Web__TokenRefreshMargin", margin)
            : web;
    }
}
