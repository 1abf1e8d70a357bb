using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Crm.Web.SignIn;

/// <summary>The person using this circuit: who they are, their roles, and a valid access token for the API.</summary>
public sealed class UserSession(AuthenticationStateProvider authentication, TokenRefresher tokens)
{
    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The access token to call the API with; <see cref="SessionEndedException"/> when the person must sign in again.</summary>
    public async Task<string> AccessTokenAsync(CancellationToken ct)
    {
        var user = await UserAsync();
        var session = user.FindFirst(SignInExtensions.SessionClaim)?.Value;
        return session is not null && await tokens.AccessTokenAsync(session, ct) is { } token
            ? token
            : throw new SessionEndedException();
    }
}
