using Crm.Contracts.Tickets;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Tickets.Sla;

/// <summary>
/// Looks for open tickets near or past a deadline and raises the warning and the breach once each per target,
/// escalating a breach (priority up a step, reassignment to the lead when configured).
/// </summary>
public sealed partial class SlaScanner(IServiceScopeFactory scopes, IOptions<SlaOptions> options, SlaPolicyStore policies, TimeProvider time, ILogger<SlaScanner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TicketsDbContext>();
                await policies.LoadAsync(db, time, stoppingToken);
                await ScanAsync(db, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogScanFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private const int BatchSize = 1000;

    /// <summary>One scan: pages through every open ticket that needs a warning or a breach now, in batches.</summary>
    /// <returns>How many warnings and breaches were raised.</returns>
    public async Task<int> ScanAsync(TicketsDbContext db, CancellationToken ct)
    {
        var policy = options.Value;
        var now = time.GetUtcNow();
        var horizon = now + policy.WarningLead;
        var raised = 0;
        var after = Guid.Empty;
        while (true)
        {
            // Only tickets with something to do: a deadline passed and not yet breached, or near and not yet warned.
            var batch = await db.Tickets
                .Where(t => t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed && t.PausedAt == null && t.Id.CompareTo(after) > 0)
                .Where(t => (t.FirstResponseAt == null && !t.FirstResponseBreached && (t.FirstResponseDueAt <= now || (!t.FirstResponseWarned && t.FirstResponseDueAt <= horizon)))
                    || (t.NextReplyDueAt != null && !t.NextReplyBreached && (t.NextReplyDueAt <= now || (!t.NextReplyWarned && t.NextReplyDueAt <= horizon)))
                    || (!t.ResolutionBreached && (t.ResolutionDueAt <= now || (!t.ResolutionWarned && t.ResolutionDueAt <= horizon))))
                .OrderBy(t => t.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            foreach (var ticket in batch)
            {
                raised += CheckAll(db, ticket, now, policy);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (batch.Count < BatchSize)
            {
                return raised;
            }

            after = batch[^1].Id;
        }
    }

    private int CheckAll(TicketsDbContext db, Ticket ticket, DateTimeOffset now, SlaOptions policy)
    {
        var raised = 0;
        if (ticket.FirstResponseAt is null)
        {
            raised += Check(db, ticket, "first-response", ticket.FirstResponseDueAt, now, policy,
                () => ticket.FirstResponseWarned, () => ticket.FirstResponseWarned = true, () => ticket.FirstResponseBreached, () => ticket.FirstResponseBreached = true);
        }

        if (ticket.NextReplyDueAt is { } nextReplyDue)
        {
            raised += Check(db, ticket, "next-reply", nextReplyDue, now, policy,
                () => ticket.NextReplyWarned, () => ticket.NextReplyWarned = true, () => ticket.NextReplyBreached, () => ticket.NextReplyBreached = true);
        }

        return raised + Check(db, ticket, "resolution", ticket.ResolutionDueAt, now, policy,
            () => ticket.ResolutionWarned, () => ticket.ResolutionWarned = true, () => ticket.ResolutionBreached, () => ticket.ResolutionBreached = true);
    }

    private int Check(TicketsDbContext db, Ticket ticket, string target, DateTimeOffset dueAt, DateTimeOffset now, SlaOptions policy,
        Func<bool> warned, Action warn, Func<bool> breached, Action breach)
    {
        if (breached())
        {
            return 0;
        }

        if (dueAt <= now)
        {
            breach();
            db.Publish(new TicketSlaBreached(ticket.Id, ticket.CustomerId, target, dueAt, now), now);
            LogBreached(ticket.Id, target);
            if (policy.EscalateOnBreach && ticket.Priority < TicketPriority.Urgent)
            {
                var from = ticket.Priority++;
                db.Publish(new TicketPriorityChanged(ticket.Id, ticket.CustomerId, TicketEvents.Name(from), TicketEvents.Name(ticket.Priority), now), now);
            }

            if (policy.EscalationLead is { Length: > 0 } lead && ticket.AssigneeId != lead)
            {
                db.Publish(new TicketAssigned(ticket.Id, ticket.CustomerId, ticket.AssigneeId, lead, now), now);
                ticket.AssigneeId = lead;
            }

            ticket.Touch(now);
            return 1;
        }

        if (!warned() && dueAt - now <= policy.WarningLead)
        {
            warn();
            db.Publish(new TicketSlaWarning(ticket.Id, ticket.CustomerId, target, dueAt, now), now);
            return 1;
        }

        return 0;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {TicketId} breached {SlaTarget}")]
    private partial void LogBreached(Guid ticketId, string slaTarget);

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA scan failed")]
    private partial void LogScanFailed(Exception exception);
}
