using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.AppHost.Dashboard.Access;

/// <summary><c>/login?t=…</c> with the printed token sets the cookie and opens the dashboard; without a token it shows a form.</summary>
public static class LoginEndpoint
{
    public const string Path = "/login";

    public static IEndpointRouteBuilder MapDashboardLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Login).WithName("DashboardLogin").WithSummary("Logs a browser in with the token the app host printed");
        return app;
    }

    private static Results<RedirectHttpResult, ContentHttpResult, ProblemHttpResult> Login(string? t, HttpContext context, DashboardOptions options)
    {
        if (string.IsNullOrEmpty(t))
        {
            return TypedResults.Content(FormPage, "text/html; charset=utf-8");
        }

        if (!AccessTokens.Matches(t, options.BrowserToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong dashboard token",
                detail: "Use the token the app host printed at start (it changes with every run).");
        }

        context.Response.Cookies.Append(DashboardAccess.CookieName, options.BrowserToken, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
        return TypedResults.Redirect("/");
    }

    private static readonly string FormPage = $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Crm.Aspire dashboard — log in</title>
        <style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;height:100vh;margin:0;background:#f5f5f5}
        form{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 2px 8px #0002;display:grid;gap:.75rem;min-width:22rem}
        input,button{font:inherit;padding:.5rem}button{background:#0f6cbd;color:#fff;border:0;border-radius:4px}</style></head>
        <body><form method="get" action="{{WebUtility.HtmlEncode(Path)}}">
        <h1 style="margin:0;font-size:1.25rem">Crm.Aspire dashboard</h1>
        <label for="t">Token printed by the app host at start</label>
        <input id="t" name="t" autocomplete="off" required autofocus>
        <button type="submit">Log in</button></form></body></html>
        """;
}
