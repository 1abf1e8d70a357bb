using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crm.AppHost.Suite;

public static class ChannelsExtensions
{
    /// <summary>
    /// The tickets service's channels. Its SMTP listener for the support address: <c>Channels:Mail:Port</c> (2525; 0 chooses
    /// a free one) on loopback, recipient <c>Channels:Mail:SupportAddress</c> (<c>support@crm.local</c>) — a company routes
    /// its support address to it (an MX record or a forwarding rule). The social networks' webhook secrets and reply URLs
    /// (<c>Channels:Social:&lt;network&gt;:Secret</c>, <c>…:OutboundUrl</c>); in Development the <c>demo</c> network's secret is
    /// <c>dev-social-secret</c> unless configured.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithChannels(this IResourceBuilder<ProjectResource> tickets)
    {
        var builder = tickets.ApplicationBuilder;
        var configuration = builder.Configuration;
        var port = configuration.GetValue("Channels:Mail:Port", 2525);
        port = port > 0 ? port : LoopbackPorts.Next();
        // Chosen once and kept, so a test learns the port from the app host's configuration. No endpoint is declared on the
        // project: Kestrel would try to serve it.
        configuration["Channels:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        tickets
            .WithEnvironment("Channels__Mail__Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Channels__Mail__SupportAddress", configuration["Channels:Mail:SupportAddress"] ?? "support@crm.local");
        if (builder.Environment.IsDevelopment() && configuration["Channels:Social:demo:Secret"] is null)
        {
            configuration["Channels:Social:demo:Secret"] = "dev-social-secret";
        }

        foreach (var network in configuration.GetSection("Channels:Social").GetChildren())
        {
            foreach (var setting in network.GetChildren().Where(s => s.Value is { Length: > 0 }))
            {
                tickets.WithEnvironment($"Channels__Social__{network.Key}__{setting.Key}", setting.Value);
            }
        }

        return tickets;
    }
}
