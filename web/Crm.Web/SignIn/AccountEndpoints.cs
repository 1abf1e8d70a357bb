using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Crm.Web.SignIn;

/// <summary><c>/app/signin</c> starts the code flow; <c>/app/signout</c> (a form post) ends the session here and at the identity service.</summary>
public static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapGet("/signin", (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));

        app.MapPost("/signout", (HttpContext http, SessionTokens store) =>
        {
            if (http.User.FindFirst(SignInExtensions.SessionClaim)?.Value is { } session)
            {
                store.Remove(session);
            }

            return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/app/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        });
        return app;
    }

    /// <summary>Only a path of this app: never a redirect off the site after sign-in.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/app/";
}
