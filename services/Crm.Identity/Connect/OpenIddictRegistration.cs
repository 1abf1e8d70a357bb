using Crm.Identity.Data;
using Crm.Identity.Keys;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Crm.Identity.Connect;

public static class OpenIddictRegistration
{
    /// <summary>
    /// OpenIddict's server on the identity database: code + PKCE and rotating refresh tokens (a reused one revokes its whole
    /// chain), JWT access tokens for <c>crm-api</c> signed RS256 with the stored key, issued as the gateway's public URL.
    /// </summary>
    public static IHostApplicationBuilder AddCrmOpenIddict(this IHostApplicationBuilder builder, IdentitySettings settings)
    {
        builder.Services.AddOpenIddict()
            .AddCore(o =>
            {
                o.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>();
                o.ReplaceApplicationManager(typeof(LoopbackRedirectApplicationManager<>));
            })
            .AddServer(o =>
            {
                o.SetIssuer(settings.IssuerUri);
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                o.RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, CrmClients.ApiScope);
                o.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.Role, Crm.ServiceDefaults.Auth.CrmClaims.CustomerId);
                o.SetAccessTokenLifetime(settings.AccessTokenLifetime);
                o.SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                // A refresh token works once: a second use is a stolen or replayed token, and revokes the whole chain.
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                o.DisableAccessTokenEncryption();
                o.IgnoreResourcePermissions().IgnoreAudiencePermissions();
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (settings.IsLoopbackHttp)
                {
                    // Only an issuer on this machine is served over plain http (local runs and tests).
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        // The keys live in the database: they are added once loaded (KeyRing), before the first request is served.
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, StoredKeysOptions>();
        return builder;
    }
}
