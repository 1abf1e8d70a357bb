using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Crm.Identity.Mail;

/// <summary>Mail through the suite's SMTP server (<c>ConnectionStrings:smtp</c>, e.g. <c>smtp://127.0.0.1:1025</c>).</summary>
public sealed class SmtpMailSender(Uri server) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        var security = server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(server.Host, server.IsDefaultPort ? 25 : server.Port, security, ct);
        if (server.UserInfo is { Length: > 0 } user && user.Split(':', 2) is [var name, var password])
        {
            await client.AuthenticateAsync(Uri.UnescapeDataString(name), Uri.UnescapeDataString(password), ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
