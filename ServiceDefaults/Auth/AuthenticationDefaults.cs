using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.ServiceDefaults.Auth;

public static class AuthenticationDefaults
{
    /// <summary>JWT bearer validation with explicit algorithm, issuer, audience, a capped lifetime and a short clock skew.</summary>
    public static TBuilder AddCrmAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<DevTokenIssuer>();

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = ValidationParameters(settings, TimeProvider.System);
            });
        builder.Services.AddAuthorization(CrmPolicies.AddTo);
        return builder;
    }

    public static TokenValidationParameters ValidationParameters(AuthSettings settings, TimeProvider time) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = settings.Issuer,
        ValidateAudience = true,
        ValidAudience = settings.Audience,
        ValidateLifetime = true,
        LifetimeValidator = (notBefore, expires, token, _) => new TokenLifetimePolicy(settings, time).Accepts(notBefore, expires, IssuedAt(token)),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = string.IsNullOrWhiteSpace(settings.SigningKey) ? null : new SymmetricSecurityKey(settings.SigningKeyBytes()),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = settings.ClockSkew,
        NameClaimType = CrmClaims.Subject,
        RoleClaimType = CrmClaims.Role,
    };

    private static DateTime? IssuedAt(SecurityToken token) =>
        token is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue ? iat : null;
}
