using Crm.Gateway.Routing;

namespace Crm.Gateway.RateLimiting;

/// <summary>Endpoint metadata: the gateway's own endpoint is limited as the proxied routes of <paramref name="Access"/> are.</summary>
public sealed record RateLimitedAs(RouteAccess Access);
