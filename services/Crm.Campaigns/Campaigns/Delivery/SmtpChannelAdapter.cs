using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Crm.Campaigns.Campaigns.Delivery;

/// <summary>
/// Email over SMTP when <c>ConnectionStrings:smtp</c> is set (<c>smtp://user:password@host:port</c>, or <c>host:port</c>);
/// each sent email is also recorded in the delivery log.
/// </summary>
public sealed class SmtpChannelAdapter(SmtpEndpoint endpoint, DeliveryLogAdapter log, IOptions<CampaignsOptions> options, ILogger<SmtpChannelAdapter> logger) : IChannelAdapter
{
    public bool Handles(CampaignChannel channel) => channel == CampaignChannel.Email;

    public async Task DeliverAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken ct)
    {
        using var client = new SmtpClient(endpoint.Host, endpoint.Port) { EnableSsl = endpoint.Ssl };
        if (endpoint.Credentials is { } credentials)
        {
            client.Credentials = credentials;
        }

        var delivered = new List<OutgoingMessage>();
        foreach (var message in messages.Where(m => m.Address is not null))
        {
            using var mail = new MailMessage(options.Value.EmailFrom, message.Address!, message.Subject ?? "", message.Body) { IsBodyHtml = true };
            mail.Headers.Add("Message-ID", $"<{message.MessageId:N}@crm-campaigns>");
            await client.SendMailAsync(mail, ct);
            delivered.Add(message);
        }

        logger.LogInformation("Sent {Count} campaign emails over SMTP to {Host}", delivered.Count, endpoint.Host);
        await log.DeliverAsync(delivered, ct);
    }
}

public sealed record SmtpEndpoint(string Host, int Port, bool Ssl, NetworkCredential? Credentials)
{
    public static SmtpEndpoint Parse(string connectionString)
    {
        var text = connectionString.Contains("://", StringComparison.Ordinal) ? connectionString : "smtp://" + connectionString;
        var uri = new Uri(text);
        NetworkCredential? credentials = null;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
        }

        return new SmtpEndpoint(uri.Host, uri.Port > 0 ? uri.Port : 25, uri.Scheme == "smtps", credentials);
    }
}
