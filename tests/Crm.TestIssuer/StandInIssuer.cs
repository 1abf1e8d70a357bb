using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.TestIssuer;

/// <summary>
/// An OpenID Connect provider that has nothing to do with the suite: its own loopback port, its own ES256 key, a
/// discovery document and a JWKS, and tokens for audience <c>crm-api</c> with the claims API.md names.
/// </summary>
public sealed class StandInIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ECDsaSecurityKey _key;

    private StandInIssuer(WebApplication app, ECDsaSecurityKey key)
    {
        _app = app;
        _key = key;
    }

    /// <summary>The issuer, which is also the authority to point <c>Auth:Authority</c> at (ends with a slash).</summary>
    public string Issuer => _app.Urls.First().TrimEnd('/') + "/";

    public static async Task<StandInIssuer> StartAsync()
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "stand-in-" + Guid.NewGuid().ToString("N")[..8] };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new StandInIssuer(app, key);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Issuer,
            ["jwks_uri"] = issuer.Issuer + "jwks",
            ["authorization_endpoint"] = issuer.Issuer + "authorize",
            ["token_endpoint"] = issuer.Issuer + "token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.EcdsaSha256 },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(key.ECDsa.ExportParameters(false))) { KeyId = key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = jwk.Kid, use = "sig", alg = SecurityAlgorithms.EcdsaSha256 } } });
        });
        await app.StartAsync();
        return issuer;
    }

    /// <summary>A token of this issuer; <paramref name="issuer"/> and <paramref name="lifetime"/> let a test forge its claims.</summary>
    public string Issue(string subject, string[] roles, Guid? customerId = null, string audience = "crm-api", string? issuer = null, TimeSpan? lifetime = null, DateTime? issuedAt = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        if (customerId is { } id)
        {
            claims.Add(new Claim("customer_id", id.ToString()));
        }

        var iat = issuedAt ?? DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = iat,
            NotBefore = iat,
            Expires = iat + (lifetime ?? TimeSpan.FromMinutes(15)),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
