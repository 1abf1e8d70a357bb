using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Crm.Web.SignIn;

/// <summary>
/// People sign in at the identity service (OpenID Connect authorization code with PKCE, client <c>crm-web</c>) and keep a
/// cookie session here; their tokens stay on the server (<see cref="SessionTokens"/>), the browser never sees them.
/// </summary>
public static class SignInExtensions
{
    public const string SessionClaim = "crm_session";

    public static WebApplicationBuilder AddCrmSignIn(this WebApplicationBuilder builder, WebSettings settings)
    {
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddHttpClient(TokenRefresher.ClientName);
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddScoped<UserSession>();

        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                o.DefaultSignOutScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "crm.web";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = settings.IsLoopbackHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.AccessDeniedPath = "/not-allowed";
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = CookieSession.RestoreTokensAsync;
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = builder.Configuration["Auth:Authority"] is { Length: > 0 } authority ? authority : settings.PublicUrl;
                o.RequireHttpsMetadata = !settings.IsLoopbackHttp;
                o.ClientId = settings.ClientId;
                o.ClientSecret = settings.ClientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                // A redirect back with the code in the query: no auto-posting form, which the gateway's policy would not run.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.Scope.Clear();
                foreach (var scope in (string[])["openid", "profile", "email", "roles", "offline_access", "crm-api"])
                {
                    o.Scope.Add(scope);
                }

                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = "role";
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                if (settings.IsLoopbackHttp)
                {
                    o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }

                o.Events = new OidcSessionEvents(settings);
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
