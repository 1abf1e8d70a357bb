using System.Net;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Storage;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// The support address's SMTP listener (SmtpServer): on loopback at <c>Channels:Mail:Port</c>, it takes mail for the
/// support address only, refuses messages over 15 MB at DATA (a 10 MB attachment is about 14 MB once encoded) and hands
/// each message to <see cref="SupportMessageStore"/>.
/// </summary>
public sealed class MailListener(IOptions<MailChannelOptions> options, SupportMessageStore store, ILogger<MailListener> logger) : BackgroundService
{
    public const int MaxMessageBytes = 15 * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Port <= 0)
        {
            logger.LogInformation("No inbound mail: Channels:Mail:Port is not set");
            return;
        }

        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName(settings.SupportAddress.Split('@')[^1])
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, settings.Port)))
            .MaxMessageSize(MaxMessageBytes, MaxMessageSizeHandling.Strict)
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add(new DelegatingMailboxFilter((_, to, _) =>
            string.Equals(SmtpServer.Mail.MailboxExtensionMethods.AsAddress(to), settings.SupportAddress, StringComparison.OrdinalIgnoreCase)));
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        logger.LogInformation("Mail to {SupportAddress} is received on 127.0.0.1:{Port}", settings.SupportAddress, settings.Port);
        await server.StartAsync(stoppingToken);
    }
}
