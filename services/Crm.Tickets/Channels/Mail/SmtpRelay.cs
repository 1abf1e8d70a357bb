using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// One connection to the outbound SMTP server (<c>ConnectionStrings:smtp</c>: <c>smtp://[user:password@]host:port</c>,
/// <c>smtps://</c> for TLS on connect; STARTTLS when the server offers it), kept open across a batch of mails.
/// </summary>
public sealed class SmtpRelay(Uri server) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = 30_000 };

    public static Uri? FromConnectionString(string? connectionString) => connectionString is { Length: > 0 } value
        ? new Uri(value.Contains("://", StringComparison.Ordinal) ? value : "smtp://" + value)
        : null;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (!_client.IsConnected)
        {
            var security = server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await _client.ConnectAsync(server.Host, server.IsDefaultPort || server.Port <= 0 ? 25 : server.Port, security, ct);
            if (server.UserInfo is { Length: > 0 } user && user.Split(':', 2) is [var name, var password])
            {
                await _client.AuthenticateAsync(Uri.UnescapeDataString(name), Uri.UnescapeDataString(password), ct);
            }
        }

        await _client.SendAsync(message, ct);
    }

    /// <summary>A refusal that no retry will change: a 5xx answer to the sender, a recipient or the message.</summary>
    public static bool IsPermanent(Exception e) => e is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } or ParseException;

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(true);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The mails are sent; a connection that ends badly changes nothing.
            }
        }

        _client.Dispose();
    }
}
