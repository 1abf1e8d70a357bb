using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Crm.AppHost.Suite;

public static class SuiteServiceExtensions
{
    public const int DefaultGatewayPort = 8080;

    /// <summary>
    /// What every project of the suite gets: a loopback HTTP endpoint with no proxy in front (DCP's proxy would add a
    /// hop to every request) and no HTTPS certificate, readiness by its <c>/health</c>, the app host's environment, the token settings every
    /// service validates with, and quiet framework logs.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsSuiteService(this IResourceBuilder<ProjectResource> project, int? port = null)
    {
        var builder = project.ApplicationBuilder;
        var httpPort = port ?? LoopbackPorts.Next();
#pragma warning disable ASPIRECERTIFICATES001 // Aspire marks its certificate API as evaluation; it is the documented way to opt out.
        return project
            .RunsBuildOutput()
            .WithHttpEndpoint(port: httpPort, targetPort: httpPort, isProxied: false)
            .WithEndpoint("http", e => e.TargetHost = "127.0.0.1")
            // Plain HTTP on loopback: no development certificate is needed (or offered) for the services.
            .WithoutHttpsCertificate()
            .WithHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            // Tokens are validated by the authority's discovery document and published keys: the identity service at the
            // gateway's public URL unless Auth:Authority names another OpenID Connect provider. No secret is shared.
            .WithEnvironment("Auth__Authority", builder.Authority())
            .WithEnvironment("Auth__Audience", builder.Configuration["Auth:Audience"] ?? "crm-api")
            // One key signs every service's paging cursors, so a cursor outlives a restart of the service that issued it.
            .WithEnvironment("Paging__CursorKey", builder.Secret("Paging:CursorKey"))
            .WithEnvironment("Logging__LogLevel__Microsoft.AspNetCore", "Warning")
            .WithEnvironment("Logging__LogLevel__Microsoft.EntityFrameworkCore", "Warning")
            // The resilience handler wraps every HttpClient, the OTLP exporter's too: one line per export is noise.
            .WithEnvironment("Logging__LogLevel__Polly", "Warning");
#pragma warning restore ASPIRECERTIFICATES001
    }

    /// <summary>The gateway's public URL, which is also the identity service's issuer (<c>http://127.0.0.1:8080/</c> by default).</summary>
    public static string GatewayUrl(this IDistributedApplicationBuilder builder) => $"http://127.0.0.1:{builder.GatewayPort()}/";

    /// <summary><c>Auth:Authority</c> when configured (an existing identity provider), else the suite's own issuer.</summary>
    public static string Authority(this IDistributedApplicationBuilder builder) =>
        builder.Configuration["Auth:Authority"] is { Length: > 0 } authority ? authority : builder.GatewayUrl();

    /// <summary>The gateway's public port: <c>Gateway:Port</c>, 8080 by default.</summary>
    public static int GatewayPort(this IDistributedApplicationBuilder builder)
    {
        // Port 0 asks for a free port: chosen once, so the gateway and the issuer every service trusts agree on it.
        if (builder.Configuration.GetValue("Gateway:Port", DefaultGatewayPort) is not (var port and > 0))
        {
            port = LoopbackPorts.Next();
            builder.Configuration["Gateway:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return port;
    }

    /// <summary>A 256-bit secret (the cursor key, the web client's secret): from configuration, else new for this run.</summary>
    public static string Secret(this IDistributedApplicationBuilder builder, string key)
    {
        if (builder.Configuration[key] is not { Length: > 0 } value)
        {
            builder.Configuration[key] = value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        return value;
    }
}
