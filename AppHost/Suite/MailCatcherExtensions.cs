using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.AppHost.Suite;

public static class MailCatcherExtensions
{
    /// <summary>
    /// Outbound mail: the configured relay (<c>ConnectionStrings:smtp</c>, e.g. <c>smtp://user:password@relay.example.com:587</c>),
    /// else MailDev with SMTP on <c>MailCatcher:SmtpPort</c> (1025) and its web UI and REST API on <c>MailCatcher:WebPort</c>
    /// (1080), loopback only; a port of 0 is chosen free. Healthy once it greets on SMTP.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMailCatcher(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            return builder.AddConnectionString(name);
        }

        var smtpPort = Port(builder, "MailCatcher:SmtpPort", 1025);
        var webPort = Port(builder, "MailCatcher:WebPort", 1080);
        var folder = Directory.CreateDirectory(Path.Combine(builder.RunDirectory(), "maildev")).FullName;
        var healthCheck = $"{name}-greeting";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => ServerHandshakeHealthCheck.SmtpGreeting(smtpPort), failureStatus: null, tags: null));

        var command = Path.Combine(builder.RepositoryRoot(), "node_modules", ".bin", "maildev");
        return builder.AddResource(new MailCatcherResource(name, command, folder))
            .WithArgs("--smtp", Text(smtpPort), "--web", Text(webPort), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
                "--mail-directory", folder)
            .WithEndpoint(port: smtpPort, targetPort: smtpPort, scheme: "tcp", name: MailCatcherResource.SmtpEndpointName, isProxied: false)
            .WithHttpEndpoint(port: webPort, targetPort: webPort, name: MailCatcherResource.WebEndpointName, isProxied: false)
            .WithHealthCheck(healthCheck);
    }

    private static int Port(IDistributedApplicationBuilder builder, string key, int fallback)
    {
        var port = builder.Configuration.GetValue(key, fallback);
        return port > 0 ? port : LoopbackPorts.Next();
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
