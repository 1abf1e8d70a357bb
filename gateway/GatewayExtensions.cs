using Crm.Contracts;
using Crm.Gateway.Edge;
using Crm.Gateway.Health;
using Crm.Gateway.OpenApi;
using Crm.Gateway.RateLimiting;
using Crm.Gateway.Routing;
using Crm.ServiceDefaults.Http;

namespace Crm.Gateway;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = BodySizeLimitMiddleware.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            // Every byte of a header value decodes (Latin-1), so RequestShapeMiddleware sees non-ASCII and refuses it with a
            // problem, where UTF-8 decoding would end in Kestrel's bare 400 or pass "é" on to a proxy that cannot send it.
            k.RequestHeaderEncodingSelector = _ => System.Text.Encoding.Latin1;
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRequestTimeouts();
        builder.Services.AddReverseProxy().AddCrmRoutes(builder.Configuration);
        builder.Services.AddAuthorization(GatewayPolicies.AddTo);

        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddSingleton<MemoryRateLimitStore>();
        var cache = builder.Configuration.GetConnectionString(ResourceNames.Cache);
        if (!string.IsNullOrWhiteSpace(cache))
        {
            builder.AddRedisClient(ResourceNames.Cache, configureOptions: o => o.AbortOnConnectFail = false);
            builder.Services.AddSingleton<RedisRateLimitStore>();
            builder.Services.AddSingleton(sp => new LocalFirstRateLimitStore(
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<RedisRateLimitStore>()));
            builder.Services.AddSingleton<IRateLimitStore>(sp => sp.GetRequiredService<LocalFirstRateLimitStore>());
            builder.Services.AddHostedService<RateLimitReconciler>();
        }
        else
        {
            builder.Services.AddSingleton<IRateLimitStore>(sp => sp.GetRequiredService<MemoryRateLimitStore>());
        }

        var origins = builder.Configuration.GetSection("Gateway:Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Correlation-Id")
            .WithExposedHeaders("ETag", "Location", "Retry-After", "X-Correlation-Id")));

        builder.Services.AddMemoryCache();
        builder.Services.AddHttpClient(MergedOpenApiEndpoint.ClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<CachedHealth>();
        var health = builder.Services.AddHealthChecks();
        foreach (var service in ResourceNames.Services)
        {
            var endpoints = ProxyConfiguration.Endpoints(builder.Configuration, service);
            if (endpoints.Count > 0)
            {
                health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                    service,
                    sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), endpoints),
                    failureStatus: null,
                    tags: [ServiceDefaultsExtensions.ReadyTag]));
            }
        }

        return builder;
    }

    /// <summary>The gateway's own endpoints, then every public route proxied to the service that owns it.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapLivenessAndOpenApi();
        app.MapGatewayHealth();
        app.MapMergedOpenApi();
        app.MapReverseProxy();
        return app;
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseCrmProblemDetails();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestShapeMiddleware>();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseCors();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        return app;
    }
}
