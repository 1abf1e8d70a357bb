using System.Net;
using System.Net.Sockets;
using Crm.Tickets;
using Crm.Tickets.Channels.Attachments;
using Crm.Tickets.Channels.Mail;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace Crm.UnitTests.Tickets.Channels;

/// <summary>The support address's listener over real SMTP (MailKit) into the desk's own SQLite schema, without a broker.</summary>
public sealed class MailIntakeTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-mail-intake").FullName;
    private readonly int _port = FreePort();
    private IHost _host = null!;
    private MailListener _listener = null!;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:tickets-db"] = $"Data Source={Path.Combine(_folder, "tickets.db")}",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Channels:Mail:Port"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddApplicationServices();
        _host = builder.Build();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
            await db.Database.MigrateAsync();
            await _host.Services.GetRequiredService<TicketNumbers>().LoadAsync(db);
        }

        _listener = _host.Services.GetServices<IHostedService>().OfType<MailListener>().Single();
        await _listener.StartAsync(default);
        for (var waited = 0; !Listening(_port) && waited < 100; waited++)
        {
            await Task.Delay(100);
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        await _listener.StopAsync(default);
        _host.Dispose();
    }

    [Fact]
    public async Task A_new_mail_opens_a_ticket_its_reply_threads_back_and_loops_repeats_and_strangers_do_not_touch_it()
    {
        var first = Mail("zoe@example.com", "Screen broken", "My screen is broken.");
        var body = new BodyBuilder { TextBody = "My screen is broken." };
        body.Attachments.Add("photo.jpg", new byte[1000]);
        first.Body = body.ToMessageBody();
        await SendAsync(first);
        await SendAsync(first);

        var (ack, ticketNumber) = await QueryAsync(async db =>
        {
            var mail = await db.Set<OutboundMail>().SingleAsync();
            return (mail, (await db.Tickets.SingleAsync()).Number);
        });
        Assert.Equal(("acknowledgement", "zoe@example.com", first.MessageId), (ack.Kind, ack.ToAddress, ack.InReplyTo));
        Assert.Contains($"[#T-{ticketNumber}]", ack.Subject);

        await SendAsync(Mail("zoe@example.com", "Re: Screen broken", "Also the keyboard.\n\nOn Mon, Support wrote:\n> We have received", m => m.InReplyTo = ack.MessageId));
        await SendAsync(Mail("support@crm.local", ack.Subject, "the desk's own mail coming back"));
        await SendAsync(Mail("away@example.com", "Out of office", "Away.", m => m.Headers.Add(HeaderId.AutoSubmitted, "auto-replied")));
        await SendAsync(Mail("eve@example.com", "Re: " + ack.Subject, "I am not Zoe."));

        await QueryAsync(async db =>
        {
            var tickets = await db.Tickets.Include(t => t.Comments).OrderBy(t => t.Number).ToListAsync();
            Assert.Equal(2, tickets.Count);
            var comment = Assert.Single(tickets[0].Comments);
            Assert.Equal(("Also the keyboard.", true), (comment.Body, comment.FromCustomer));
            Assert.Empty(tickets[1].Comments);
            Assert.Equal(TicketChannel.Email, tickets[1].Channel);
            Assert.Equal(["eve@example.com", "zoe@example.com"], await db.Customers.Select(c => c.Email).OrderBy(e => e).ToListAsync());
            Assert.Equal("photo.jpg", (await db.Set<TicketAttachment>().SingleAsync()).FileName);
            return 0;
        });
    }

    [Fact]
    public async Task Mail_for_another_recipient_and_an_attachment_over_10_MB_are_refused()
    {
        var other = Mail("zoe@example.com", "Hi", "hi");
        other.To.Clear();
        other.To.Add(MailboxAddress.Parse("sales@crm.local"));
        Assert.Equal(SmtpStatusCode.MailboxUnavailable, (await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(other))).StatusCode);

        var big = Mail("zoe@example.com", "Logs", "attached");
        var body = new BodyBuilder { TextBody = "attached" };
        body.Attachments.Add("logs.zip", new byte[12 * 1024 * 1024]);
        big.Body = body.ToMessageBody();
        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync(big));
        Assert.Equal(552, (int)refused.StatusCode);
        Assert.Equal(0, await QueryAsync(db => db.Tickets.CountAsync()));
    }

    private static MimeMessage Mail(string from, string subject, string text, Action<MimeMessage>? shape = null)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("example.com"), Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("support@crm.local"));
        shape?.Invoke(message);
        return message;
    }

    private async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", _port, MailKit.Security.SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    private async Task<T> QueryAsync<T>(Func<TicketsDbContext, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TicketsDbContext>());
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
