using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.ServiceDefaults.Auth;

/// <summary>Issues tokens signed with the suite's key, for local development and tests only.</summary>
public sealed class DevTokenIssuer(AuthSettings settings, TimeProvider time)
{
    public string Issue(string subject, IEnumerable<string> roles, Guid? customerId)
    {
        var claims = new List<Claim> { new(CrmClaims.Subject, subject) };
        claims.AddRange(roles.Select(r => new Claim(CrmClaims.Role, r)));
        if (customerId is { } id)
        {
            claims.Add(new Claim(CrmClaims.CustomerId, id.ToString()));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.DevTokenLifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(settings.SigningKeyBytes()), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
