using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Crm.Web.SignIn;

/// <summary>
/// The public addresses of the callbacks (the gateway's, as registered for <c>crm-web</c>), and a session id per sign-in
/// under which the tokens are kept on the server.
/// </summary>
public sealed class OidcSessionEvents(WebSettings settings) : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        // The handler keeps this for the code exchange after the event, so the token request names the same address.
        context.ProtocolMessage.RedirectUri = new Uri(settings.AppUri, "signin-oidc").ToString();
        return Task.CompletedTask;
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        context.ProtocolMessage.PostLogoutRedirectUri = settings.AppUri.ToString();
        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse;
        if (response is null || context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        var session = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        identity.AddClaim(new Claim(SignInExtensions.SessionClaim, session));
        var expiresIn = int.TryParse(response.ExpiresIn, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 300;
        context.HttpContext.RequestServices.GetRequiredService<SessionTokens>().Set(session,
            new TokenSet(response.AccessToken, response.RefreshToken, DateTimeOffset.UtcNow.AddSeconds(expiresIn), response.IdToken));
        return Task.CompletedTask;
    }
}
