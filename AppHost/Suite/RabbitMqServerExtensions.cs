using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.AppHost.Suite;

public static class RabbitMqServerExtensions
{
    /// <summary>
    /// The message broker: the configured one (<c>ConnectionStrings:messaging</c>), else a local RabbitMQ node with its
    /// data under the run's folder, on loopback ports chosen here, healthy once it answers the AMQP handshake.
    /// <c>RabbitMQ:Management=true</c> adds the management plugin and its endpoint.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRabbitMQServer(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            return builder.AddConnectionString(name);
        }

        var amqpPort = LoopbackPorts.Next();
        var managementPort = builder.Configuration.GetValue("RabbitMQ:Management", false) ? LoopbackPorts.Next() : 0;
        var folder = Path.Combine(builder.RunDirectory(), name);
        var healthCheck = $"{name}-amqp";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => ServerHandshakeHealthCheck.Amqp(amqpPort), failureStatus: null, tags: null));

        var broker = builder.AddResource(new RabbitMqServerResource(name, builder.RepositoryRoot()))
            .WithArgs(Path.Combine(builder.RepositoryRoot(), "scripts", "rabbitmq-node.sh"))
            .WithEndpoint(port: amqpPort, targetPort: amqpPort, scheme: "tcp", name: RabbitMqServerResource.AmqpEndpointName, isProxied: false)
            .WithEnvironment("CRM_RABBITMQ_BASE", folder)
            .WithEnvironment("CRM_RABBITMQ_NODE", $"crm{Guid.NewGuid():N}"[..16] + "@localhost")
            .WithEnvironment("CRM_RABBITMQ_PORT", Text(amqpPort))
            .WithEnvironment("CRM_RABBITMQ_DIST_PORT", Text(LoopbackPorts.Next()))
            .WithEnvironment("CRM_RABBITMQ_EPMD_PORT", Text(LoopbackPorts.Next()))
            .WithEnvironment("CRM_RABBITMQ_MANAGEMENT_PORT", Text(managementPort))
            .WithHealthCheck(healthCheck);
        if (managementPort != 0)
        {
            broker.WithHttpEndpoint(port: managementPort, targetPort: managementPort, name: RabbitMqServerResource.ManagementEndpointName, isProxied: false);
        }

        return broker;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
