using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Crm.Tickets;
using Crm.Tickets.Channels.Mail;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.UnitTests.Tickets.Channels;

/// <summary>The mail outbox's relay against a real MailDev (npm, started on free ports) and against servers that refuse.</summary>
public sealed class MailRelayTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-mail-relay").FullName;
    private readonly int _smtp = FreePort();
    private readonly int _web = FreePort();
    private Process _maildev = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        _maildev = Process.Start(new ProcessStartInfo(Path.Combine(root, "node_modules", ".bin", "maildev"),
            ["--smtp", $"{_smtp}", "--web", $"{_web}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--mail-directory", _folder, "--silent"]))!;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:tickets-db"] = $"Data Source={Path.Combine(_folder, "tickets.db")}",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/",
        });
        builder.AddApplicationServices();
        _host = builder.Build();
        await using var scope = _host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TicketsDbContext>().Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        _maildev.Kill(entireProcessTree: true);
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Queued_mail_reaches_the_catcher_threaded_and_is_marked_sent()
    {
        var queued = await QueueAsync("ada@example.com", "in-1@example.com");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_web}") };
        for (var waited = 0; waited < 300 && !await AnswersAsync(http); waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, await Relay().SendDueAsync(new Uri($"smtp://127.0.0.1:{_smtp}"), default));
        var caught = Assert.Single((await http.GetFromJsonAsync<JsonElement>("/api/email")).EnumerateArray());
        Assert.Equal("Re: Printer [#T-1001]", caught.GetProperty("subject").GetString());
        Assert.Equal("<in-1@example.com>", caught.GetProperty("headers").GetProperty("in-reply-to").GetString());
        Assert.Equal($"<{queued.MessageId}>", caught.GetProperty("headers").GetProperty("message-id").GetString());
        var sent = await FindAsync(queued.Id);
        Assert.Equal((OutboundMailStatus.Sent, 1), (sent.Status, sent.Attempts));
        Assert.Equal(0, await Relay().SendDueAsync(new Uri($"smtp://127.0.0.1:{_smtp}"), default));
    }

    [Fact]
    public async Task A_server_that_is_down_is_tried_again_later()
    {
        var queued = await QueueAsync("ada@example.com", null);
        Assert.Equal(1, await Relay().SendDueAsync(new Uri($"smtp://127.0.0.1:{FreePort()}"), default));
        var pending = await FindAsync(queued.Id);
        Assert.Equal((OutboundMailStatus.Pending, 1), (pending.Status, pending.Attempts));
        Assert.True(pending.NextAttemptAt > DateTimeOffset.UtcNow);
        Assert.NotNull(pending.LastError);
    }

    private MailRelay Relay() => _host.Services.GetServices<IHostedService>().OfType<MailRelay>().Single();

    private async Task<OutboundMail> QueueAsync(string to, string? inReplyTo)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
        var now = DateTimeOffset.UtcNow;
        var mail = new OutboundMail
        {
            Id = Guid.CreateVersion7(), MessageId = MailRules.MessageIdFor(1001, "support@crm.local"), CustomerId = Guid.CreateVersion7(), Kind = TicketMail.Reply,
            ToAddress = to, Subject = "Re: Printer [#T-1001]", Body = "Clean the rollers.", InReplyTo = inReplyTo, References = inReplyTo,
            Status = OutboundMailStatus.Pending, NextAttemptAt = now, CreatedAt = now,
        };
        db.Add(mail);
        await db.SaveChangesAsync();
        return mail;
    }

    private async Task<OutboundMail> FindAsync(Guid id)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TicketsDbContext>().Set<OutboundMail>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<bool> AnswersAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/api/email")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
