using System.Security.Claims;
using Crm.Identity.Users;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Crm.Identity.Connect;

/// <summary>
/// The claims of a signed-in user as API.md names them: <c>sub</c>, one <c>role</c> per role, <c>name</c>, <c>email</c>,
/// and <c>customer_id</c> for a customer; all go into the access token, the profile ones into the identity token too.
/// </summary>
public static class UserPrincipal
{
    public static async Task<ClaimsPrincipal> CreateAsync(CrmUser user, UserManager<CrmUser> users, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.Name.Length > 0 ? user.Name : user.Email)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        if (user.CustomerId is { } customerId)
        {
            identity.SetClaim(CrmClaims.CustomerId, customerId.ToString());
        }

        identity.SetScopes(scopes);
        identity.SetResources(audience);
        identity.SetDestinations(Destinations);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        Claims.Subject or Claims.Name or Claims.Email or Claims.Role => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        CrmClaims.CustomerId => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [],
    };
}
