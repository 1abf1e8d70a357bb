using Crm.ServiceDefaults.Auth;
using Crm.ServiceDefaults.Http;
using Crm.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The cross-cutting defaults every Crm.Aspire process shares, as .NET Aspire's ServiceDefaults:
/// telemetry, health, service discovery, resilient HttpClients, problem details, JSON and JWT auth.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        // No "Server: Kestrel" on any response: it tells a prober nothing it needs.
        builder.Services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        builder.AddCrmProblemDetails();
        builder.Services.ConfigureCrmJson();
        builder.AddCrmAuthentication();
        builder.Services.AddOpenApi(o => o
            .AddDocumentTransformer<BearerSecurityTransformer>()
            .AddOperationTransformer<OperationAccessTransformer>()
            .AddOperationTransformer<ProblemResponsesTransformer>());
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// <c>/alive</c>: the process answers. <c>/health</c>: every check, database and broker included, with each check's
    /// detail for ops (a service is reached only from inside; the gateway answers <c>/health</c> its own way).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        return app.MapLivenessAndOpenApi();
    }

    /// <summary><c>/alive</c> and the process's OpenAPI document, without <c>/health</c>.</summary>
    public static WebApplication MapLivenessAndOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }
}
