using System.Security.Claims;
using System.Text.Encodings.Web;
using Crm.PartnerData.Data;
using Crm.PartnerData.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.PartnerData.PartnerApi;

/// <summary>Authenticates partners by <c>X-Api-Key</c>: a live (unrevoked, unexpired) key whose hash matches; scopes become claims.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PartnerDataDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[HeaderName].ToString();
        if (presented.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeys.TryParseId(presented, out var keyId))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var key = await db.Keys.FirstOrDefaultAsync(k => k.Id == keyId);
        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        // A wrong secret for a real key id is an attack on that partner's key: it goes into their audit too.
        Context.Items[PartnerClaims.AuditPartnerItem] = key.PartnerId;
        Context.Items[PartnerClaims.AuditKeyItem] = key.Id;
        if (!ApiKeys.Matches(presented, key.Hash))
        {
            return AuthenticateResult.Fail("Unknown API key.");
        }

        var now = time.GetUtcNow();
        if (!key.IsLive(now))
        {
            return AuthenticateResult.Fail("The API key is revoked or expired.");
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            await db.Keys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now));
        }

        var claims = new List<Claim> { new(PartnerClaims.PartnerId, key.PartnerId.ToString()), new(PartnerClaims.KeyId, key.Id.ToString()) };
        claims.AddRange(key.Scopes.Select(s => new Claim(PartnerClaims.Scope, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name)), Scheme.Name));
    }
}
