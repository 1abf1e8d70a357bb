using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Crm.Tickets;
using Crm.Tickets.Channels.Mail;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

// usage: dotnet run -c Release --project bench/channels -- [--inbound 2000] [--outbound 2000] [--senders 8] [--maildev path]
// Inbound: mails sent over SMTP (MailKit, N senders in parallel) to the tickets service's own listener, each answered
// 250 only once its ticket, acknowledgement and references are saved in SQLite. Outbound: queued mails sent by the
// service's MailRelay to a real MailDev, then counted through MailDev's REST API.
var inbound = Arg("--inbound", 2000);
var outbound = Arg("--outbound", 2000);
var senders = Arg("--senders", 8);
var maildev = args.SkipWhile(a => a != "--maildev").Skip(1).FirstOrDefault() ?? Path.GetFullPath("node_modules/.bin/maildev");
var folder = Directory.CreateTempSubdirectory("crm-bench-channels").FullName;
var (smtpIn, smtpOut, web) = (FreePort(), FreePort(), FreePort());

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:tickets-db"] = $"Data Source={Path.Combine(folder, "tickets.db")}",
    ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/",
    ["ConnectionStrings:smtp"] = $"smtp://127.0.0.1:{smtpOut}",
    ["Channels:Mail:Port"] = smtpIn.ToString(),
});
builder.AddApplicationServices();
using var host = builder.Build();
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
    await db.Database.MigrateAsync();
    await host.Services.GetRequiredService<TicketNumbers>().LoadAsync(db);
}

var listener = host.Services.GetServices<IHostedService>().OfType<MailListener>().Single();
await listener.StartAsync(default);
await Task.Delay(500);

// Inbound: distinct senders (each a new lead and ticket), a small attachment on every tenth mail.
var watch = Stopwatch.StartNew();
var next = -1;
await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
{
    using var client = new SmtpClient();
    await client.ConnectAsync("127.0.0.1", smtpIn, MailKit.Security.SecureSocketOptions.None);
    for (var i = Interlocked.Increment(ref next); i < inbound; i = Interlocked.Increment(ref next))
    {
        var body = new BodyBuilder { TextBody = $"Message {i}: the device does not start." };
        if (i % 10 == 0)
        {
            body.Attachments.Add("photo.jpg", new byte[50_000]);
        }
        var message = new MimeMessage { Subject = $"Bench request {i}", Body = body.ToMessageBody() };
        message.From.Add(new MailboxAddress($"Sender {i}", $"sender{i}@bench.example"));
        message.To.Add(MailboxAddress.Parse("support@crm.local"));
        await client.SendAsync(message);
    }

    await client.DisconnectAsync(true);
}));
var inboundRate = inbound / watch.Elapsed.TotalSeconds;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
    var tickets = await db.Tickets.CountAsync(t => t.Channel == TicketChannel.Email);
    Console.WriteLine($"inbound:  {inbound} mails → {tickets} tickets in {watch.Elapsed.TotalSeconds:F1} s = {inboundRate:F0} mails/s ({senders} SMTP senders)");
    if (tickets != inbound)
    {
        throw new InvalidOperationException("Not every mail became a ticket.");
    }
    // The acknowledgements of the inbound run are outbound mail already: top up to the outbound count.
    var now = DateTimeOffset.UtcNow;
    var queued = await db.Set<OutboundMail>().CountAsync();
    for (var i = queued; i < outbound; i++)
    {
        db.Add(new OutboundMail
        {
            Id = Guid.CreateVersion7(), MessageId = MailRules.MessageIdFor(1, "support@crm.local"), Kind = "reply", ToAddress = $"to{i}@bench.example",
            Subject = $"Re: bench {i}", Body = "Thank you for your patience.", Status = OutboundMailStatus.Pending, NextAttemptAt = now, CreatedAt = now,
        });
    }

    await db.SaveChangesAsync();
}

// Outbound: a real MailDev on free ports; the service's relay drains the mail outbox into it.
using var catcher = Process.Start(new ProcessStartInfo(maildev, ["--smtp", smtpOut.ToString(), "--web", web.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent"]) { RedirectStandardOutput = true })!;
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{web}") };
while (!await Answers(http))
{
    await Task.Delay(200);
}
var relay = host.Services.GetServices<IHostedService>().OfType<MailRelay>().Single();
var total = 0;
watch.Restart();
while (await relay.SendDueAsync(new Uri($"smtp://127.0.0.1:{smtpOut}"), default) is var sent and > 0)
{
    total += sent;
}
var outboundRate = total / watch.Elapsed.TotalSeconds;
var caught = (await http.GetFromJsonAsync<JsonElement>("/api/email")).GetArrayLength();
Console.WriteLine($"outbound: {total} mails sent to MailDev in {watch.Elapsed.TotalSeconds:F1} s = {outboundRate:F0} mails/s; MailDev holds {caught}");
catcher.Kill();
await listener.StopAsync(default);
return caught == total ? 0 : 1;

int Arg(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v) : fallback;

static int FreePort()
{
    using var socket = new TcpListener(IPAddress.Loopback, 0);
    socket.Start();
    return ((IPEndPoint)socket.LocalEndpoint).Port;
}

static async Task<bool> Answers(HttpClient http)
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
