using Microsoft.AspNetCore.Http;

namespace Crm.AppHost.Dashboard.Access;

/// <summary>
/// Lets a browser in when the dashboard needs no token, or when it carries the login cookie. OTLP ingestion is
/// guarded by its own API key instead (services are not browsers). Pages redirect to the login form; anything else gets 401.
/// </summary>
public sealed class DashboardAccess(RequestDelegate next, DashboardOptions options)
{
    public const string CookieName = "crm-dashboard";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!options.NeedsToken || path.StartsWithSegments("/v1") || path.StartsWithSegments(LoginEndpoint.Path)
            || AccessTokens.Matches(context.Request.Cookies[CookieName], options.BrowserToken))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            context.Response.Redirect(LoginEndpoint.Path);
            return Task.CompletedTask;
        }

        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Log in to the dashboard",
            detail: "Open the login link the app host printed at start.").ExecuteAsync(context);
    }
}
