using Crm.Gateway.RateLimiting;
using Crm.Gateway.Routing;
using Crm.ServiceDefaults.Auth;
using Crm.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Gateway.Health;

/// <summary>
/// <c>/health</c>: anonymous, only <c>Healthy</c>/<c>Degraded</c> (200) or <c>Unhealthy</c> (503), cached, limited per client IP.
/// <c>/health/details</c>: every check and every service behind the gateway, for a signed-in admin only.
/// </summary>
public static class GatewayHealthEndpoints
{
    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapGet("/health", Public).AllowAnonymous().WithMetadata(new RateLimitedAs(RouteAccess.Anonymous)).ExcludeFromDescription();
        app.MapHealthChecks("/health/details", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .RequireAuthorization(CrmPolicies.Admin)
            .WithMetadata(new RateLimitedAs(RouteAccess.Bearer));
        return app;
    }

    private static async Task<ContentHttpResult> Public(CachedHealth health, CancellationToken cancellationToken)
    {
        var status = await health.StatusAsync(cancellationToken);
        return TypedResults.Text(status.ToString(), "text/plain", statusCode: status == HealthStatus.Unhealthy
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status200OK);
    }
}
