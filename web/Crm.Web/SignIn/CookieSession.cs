using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Crm.Web.SignIn;

/// <summary>After a restart of this app the server-side tokens are gone: the cookie's copy brings them back.</summary>
public static class CookieSession
{
    public static Task RestoreTokensAsync(CookieValidatePrincipalContext context)
    {
        var session = context.Principal?.FindFirst(SignInExtensions.SessionClaim)?.Value;
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionTokens>();
        if (session is null)
        {
            context.RejectPrincipal();
            return Task.CompletedTask;
        }

        if (!store.Has(session) && context.Properties.GetTokenValue("access_token") is { } access)
        {
            var expiresAt = DateTimeOffset.TryParse(context.Properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                ? at
                : DateTimeOffset.UtcNow;
            store.Set(session, new TokenSet(access, context.Properties.GetTokenValue("refresh_token"), expiresAt, context.Properties.GetTokenValue("id_token")));
        }

        return Task.CompletedTask;
    }
}
