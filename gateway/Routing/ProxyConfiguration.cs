using Crm.Contracts;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace Crm.Gateway.Routing;

/// <summary>
/// Builds YARP's routes and clusters from the public routes: each cluster's one destination is the service's name
/// (<c>http://customers</c>), resolved by service discovery from what the host injects (<c>services:&lt;name&gt;:http:0</c>,
/// <c>…:1</c>, … as .NET Aspire does; several instances balance), so no address is written in the gateway.
/// </summary>
public static class ProxyConfiguration
{
    public const string AccessMetadata = "Access";

    /// <summary>How long a request may take end to end before the gateway answers 504 and cancels it downstream.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static IReverseProxyBuilder AddCrmRoutes(this IReverseProxyBuilder proxy, IConfiguration configuration)
    {
        var clusters = ResourceNames.Services.Append(ResourceNames.Web)
            .Select(service => new ClusterConfig
            {
                ClusterId = service,
                Destinations = Endpoints(configuration, service).Count == 0
                    ? new Dictionary<string, DestinationConfig>()
                    : new Dictionary<string, DestinationConfig> { [service] = new() { Address = $"http://{service}" } },
                HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(100) },
            })
            .Where(c => c.Destinations!.Count > 0)
            .ToList();
        var known = clusters.Select(c => c.ClusterId).ToHashSet();

        var routes = GatewayRoutes.All
            .Where(r => known.Contains(r.Service))
            .Select(r => new RouteConfig
            {
                RouteId = r.Id,
                ClusterId = r.Service,
                Match = new RouteMatch { Path = r.Path },
                AuthorizationPolicy = r.Access == RouteAccess.Bearer ? GatewayPolicies.Bearer : "anonymous",
                // The web app's live connection (a WebSocket) lasts as long as the page is open.
                Timeout = r.Access == RouteAccess.WebApp ? null : RequestTimeout,
                Metadata = new Dictionary<string, string> { [AccessMetadata] = r.Access.ToString() },
                // The identity service and the web app write their public URLs (discovery's endpoints, redirects to the login
                // page, sign-in callbacks) from the host the client asked for, so they get the gateway's Host; the scheme comes
                // as X-Forwarded-Proto.
                Transforms = r.Service is ResourceNames.Identity or ResourceNames.Web ? [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }] : null,
            })
            .ToList();
        // A service's Server header would tell the world what runs behind the gateway; no response carries one.
        return proxy.LoadFromMemory(routes, clusters)
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(t => t.AddResponseHeaderRemove(HeaderNames.Server, ResponseCondition.Always));
    }

    /// <summary>Every configured endpoint of a service: <c>services:&lt;name&gt;:http:0</c>, <c>…:1</c>, … (several instances balance).</summary>
    public static IReadOnlyList<string> Endpoints(IConfiguration configuration, string service) =>
        configuration.GetSection($"services:{service}:http").GetChildren()
            .Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToList();
}
