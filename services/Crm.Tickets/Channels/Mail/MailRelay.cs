using Crm.Contracts.Tickets;
using Crm.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// Sends the mail outbox: due mails in batches over one SMTP connection, each marked sent, tried again later (2, 4, 8 …
/// seconds up to ten minutes) after a temporary failure, or failed for good after a permanent refusal or
/// <see cref="MailChannelOptions.MaxAttempts"/> tries, which is recorded on the customer (<see cref="MailDeliveryFailed"/>).
/// </summary>
public sealed class MailRelay(IServiceScopeFactory scopes, IConfiguration configuration, IOptions<MailChannelOptions> options, TimeProvider time, ILogger<MailRelay> logger)
    : BackgroundService
{
    private const int BatchSize = 200;
    private const int Connections = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (SmtpRelay.FromConnectionString(configuration.GetConnectionString("smtp")) is not { } server)
        {
            logger.LogWarning("No outbound mail: ConnectionStrings:smtp is not set; mails stay queued");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendDueAsync(server, stoppingToken) == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), time, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The mail relay failed; it tries again in a moment");
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            }
        }
    }

    public async Task<int> SendDueAsync(Uri server, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
        var now = time.GetUtcNow();
        var due = await db.Set<OutboundMail>().Where(m => m.Status == OutboundMailStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        // A few connections side by side: an SMTP server answers each message in turn, so one connection waits on every reply.
        var slices = due.Chunk((due.Count + Connections - 1) / Connections);
        await Task.WhenAll(slices.Select(async slice =>
        {
            await using var relay = new SmtpRelay(server);
            foreach (var mail in slice)
            {
                await SendOneAsync(relay, mail, ct);
            }
        }));
        foreach (var failed in due.Where(m => m.Status == OutboundMailStatus.Failed && m.CustomerId is not null))
        {
            db.Publish(new MailDeliveryFailed(failed.CustomerId!.Value, failed.ToAddress, failed.Subject, failed.LastError ?? "", now), now);
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task SendOneAsync(SmtpRelay relay, OutboundMail mail, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        mail.Attempts++;
        try
        {
            await relay.SendAsync(OutboundMessage.Build(mail, options.Value), ct);
            (mail.Status, mail.SentAt, mail.LastError) = (OutboundMailStatus.Sent, now, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            mail.LastError = e.Message.Length <= 1000 ? e.Message : e.Message[..1000];
            if (SmtpRelay.IsPermanent(e) || mail.Attempts >= options.Value.MaxAttempts)
            {
                mail.Status = OutboundMailStatus.Failed;
                logger.LogWarning("Mail {MessageId} to {Recipient} failed for good: {Reason}", mail.MessageId, mail.ToAddress, mail.LastError);
            }
            else
            {
                mail.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, mail.Attempts)));
            }
        }
    }
}
