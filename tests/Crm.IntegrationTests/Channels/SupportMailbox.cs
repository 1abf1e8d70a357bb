using Crm.IntegrationTests.Hosting;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Crm.IntegrationTests.Channels;

/// <summary>Writes to the support address as a customer's mail server would: SMTP to the tickets service's listener (MailKit).</summary>
public sealed class SupportMailbox(SuiteFixture suite)
{
    public const string Address = "support@crm.local";

    public Uri Listener => new($"smtp://127.0.0.1:{suite.Suite.App.Services.GetRequiredService<IConfiguration>()["Channels:Mail:Port"]}");

    public static MimeMessage Message(string from, string subject, string text, Action<MimeMessage>? shape = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("example.com") };
        message.From.Add(new MailboxAddress("Mia Mailer", from));
        message.To.Add(new MailboxAddress("Support", Address));
        message.Body = new TextPart("plain") { Text = text };
        shape?.Invoke(message);
        return message;
    }

    public static void Attach(MimeMessage message, string fileName, byte[] content)
    {
        var body = new BodyBuilder { TextBody = message.TextBody };
        body.Attachments.Add(fileName, content, ContentType.Parse("application/octet-stream"));
        message.Body = body.ToMessageBody();
    }

    /// <summary>Sends the message; the listener answers only once the desk has saved what the mail did.</summary>
    public async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient { Timeout = 60_000 };
        await client.ConnectAsync(Listener.Host, Listener.Port, MailKit.Security.SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }
}
