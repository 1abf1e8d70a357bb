using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crm.Gateway.Routing;
using Crm.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Model;

namespace Crm.Gateway.RateLimiting;

/// <summary>
/// Limits each client identity per route group: the user's subject on signed-in routes, the partner's key (hashed), or
/// the client IP on routes whose URL is the credential and on anonymous ones. Over the limit: 429 with Retry-After.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, IRateLimitStore store, IOptionsMonitor<RateLimitOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (AccessOf(context.GetEndpoint()) is not { } access)
        {
            await next(context);
            return;
        }

        var limits = options.CurrentValue;
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var (rule, client) = access switch
        {
            RouteAccess.TokenInUrl => (limits.TokenInUrl, $"ip:{ip}"),
            RouteAccess.PartnerKey => (limits.PartnerKey, KeyIdentity(context.Request.Headers["X-Api-Key"].ToString(), ip)),
            RouteAccess.Anonymous => (limits.Anonymous, $"ip:{ip}"),
            RouteAccess.SignIn => (limits.SignIn, $"ip:{ip}"),
            RouteAccess.PublicForm => (limits.PublicForm, $"ip:{ip}"),
            RouteAccess.WebApp => (limits.WebApp, $"ip:{ip}"),
            _ => (limits.Bearer, context.User.Subject() is { } sub ? $"sub:{sub}" : $"ip:{ip}"),
        };

        var decision = await store.HitAsync($"{access}:{client}", rule);
        if (decision.Allowed)
        {
            await next(context);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = 429, Title = "Too many requests.", Detail = $"Try again in {seconds} s." },
        });
    }

    /// <summary>The limit group of a proxied route (its YARP metadata) or of a gateway endpoint marked <see cref="RateLimitedAs"/>.</summary>
    private static RouteAccess? AccessOf(Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<RateLimitedAs>() is { } marked)
        {
            return marked.Access;
        }

        var route = endpoint?.Metadata.GetMetadata<RouteModel>();
        return route?.Config.Metadata?.TryGetValue(ProxyConfiguration.AccessMetadata, out var value) == true && Enum.TryParse<RouteAccess>(value, out var access)
            ? access
            : null;
    }

    private static string KeyIdentity(string apiKey, string ip) =>
        apiKey.Length == 0 ? $"ip:{ip}" : "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))[..32];
}
