using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.AppHost.Suite;

public static class RedisServerExtensions
{
    /// <summary>
    /// The cache: the configured one (<c>ConnectionStrings:cache</c>), else a local Redis on a loopback port chosen here,
    /// nothing persisted, healthy once it answers PING.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRedisServer(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            return builder.AddConnectionString(name);
        }

        var port = LoopbackPorts.Next();
        var folder = Directory.CreateDirectory(Path.Combine(builder.RunDirectory(), name)).FullName;
        var healthCheck = $"{name}-ping";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => ServerHandshakeHealthCheck.RedisPing(port), failureStatus: null, tags: null));

        return builder.AddResource(new RedisServerResource(name, folder))
            .WithArgs("--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder,
                "--save", "", "--appendonly", "no")
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: RedisServerResource.PrimaryEndpointName, isProxied: false)
            .WithHealthCheck(healthCheck);
    }
}
