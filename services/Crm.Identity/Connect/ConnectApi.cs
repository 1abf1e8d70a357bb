using Crm.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Crm.Identity.Connect;

/// <summary>
/// The OpenID Connect endpoints OpenIddict validates and then hands over: authorize (signs the cookie's user in, or
/// sends them to the login page), token (code and refresh grants, re-checking the user each time), userinfo and end-session.
/// Discovery and JWKS are OpenIddict's own.
/// </summary>
public static class ConnectApi
{
    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").WithTags("Sign-in").ExcludeFromDescription().AllowAnonymous();
        connect.MapMethods("/authorize", ["GET", "POST"], Authorize).WithName("Authorize").WithSummary("Authorization endpoint (code + PKCE)").DisableAntiforgery();
        connect.MapPost("/token", Token).WithName("Token").WithSummary("Token endpoint (authorization code, refresh token)").DisableAntiforgery();
        connect.MapMethods("/userinfo", ["GET", "POST"], UserInfo).WithName("UserInfo").WithSummary("The signed-in user's claims").DisableAntiforgery();
        connect.MapMethods("/endsession", ["GET", "POST"], (Delegate)EndSession).WithName("EndSession").WithSummary("Sign out and return to the client").DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<CrmUser> users, IOptions<IdentitySettings> settings)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict validated no request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal!) : null;
        if (user is null || user.Disabled || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(http.Request.HasFormContentType
                ? http.Request.Form.Select(f => KeyValuePair.Create(f.Key, (string?)f.Value.ToString()))
                : http.Request.Query.Where(q => q.Key != Parameters.Prompt).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())));
            return TypedResults.Redirect("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        var principal = await UserPrincipal.CreateAsync(user, users, request.GetScopes(), settings.Value.Audience);
        return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Token(HttpContext http, UserManager<CrmUser> users, IOptions<IdentitySettings> settings)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict validated no request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Forbid(Errors.UnsupportedGrantType, "Only the authorization code and refresh token grants are offered.");
        }

        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = result.Principal?.GetClaim(Claims.Subject);
        var user = subject is null ? null : await users.FindByIdAsync(subject);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
        {
            return Forbid(Errors.InvalidGrant, "The user may no longer sign in.");
        }

        // Roles, name and customer link are read again, so a change by an admin reaches the next refreshed token.
        var principal = await UserPrincipal.CreateAsync(user, users, result.Principal!.GetScopes(), settings.Value.Audience);
        return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfo(HttpContext http, UserManager<CrmUser> users)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = result.Principal?.GetClaim(Claims.Subject);
        if (subject is null || await users.FindByIdAsync(subject) is not { Disabled: false } user)
        {
            return TypedResults.Challenge(Properties(Errors.InvalidToken, "The token names no active user."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Claims.Subject] = user.Id,
            [Claims.Name] = user.Name,
            [Claims.Email] = user.Email ?? "",
            [Claims.Role] = await users.GetRolesAsync(user),
        };
        if (user.CustomerId is { } customerId)
        {
            claims[Crm.ServiceDefaults.Auth.CrmClaims.CustomerId] = customerId;
        }

        return TypedResults.Ok(claims);
    }

    private static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/account/login" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static ForbidHttpResult Forbid(string error, string description) =>
        TypedResults.Forbid(Properties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties Properties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
