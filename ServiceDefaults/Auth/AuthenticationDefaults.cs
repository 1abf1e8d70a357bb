using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.ServiceDefaults.Auth;

public static class AuthenticationDefaults
{
    /// <summary>Signature algorithms of published (asymmetric) keys; a shared-secret (HS*) or unsigned token is never accepted.</summary>
    public static readonly IReadOnlyList<string> Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>
    /// JWT bearer validation by the configured authority's discovery document and published keys (any standard OpenID
    /// Connect provider): its issuer, audience <c>crm-api</c>, asymmetric algorithms only, a capped lifetime, a short skew.
    /// </summary>
    public static TBuilder AddCrmAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        builder.Services.AddSingleton(settings);

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.Authority = settings.Authority;
                options.MetadataAddress = settings.MetadataAddress ?? "";
                options.Audience = settings.Audience;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.TokenValidationParameters = ValidationParameters(settings, TimeProvider.System);
            });
        builder.Services.AddAuthorization(CrmPolicies.AddTo);
        return builder;
    }

    /// <summary>Everything but the issuer and its keys, which come from the authority's discovery document.</summary>
    public static TokenValidationParameters ValidationParameters(AuthSettings settings, TimeProvider time) => new()
    {
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidAudience = settings.Audience,
        ValidateLifetime = true,
        LifetimeValidator = (notBefore, expires, token, _) => new TokenLifetimePolicy(settings, time).Accepts(notBefore, expires, IssuedAt(token)),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidAlgorithms = Algorithms,
        ClockSkew = settings.ClockSkew,
        NameClaimType = CrmClaims.Subject,
        RoleClaimType = CrmClaims.Role,
    };

    private static DateTime? IssuedAt(SecurityToken token) =>
        token is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue ? iat : null;
}
