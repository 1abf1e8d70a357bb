using Crm.Tickets.Desk;

namespace Crm.Tickets.Sla;

/// <summary>Computes a ticket's deadlines in business time and keeps them right while it pauses on the customer.</summary>
public sealed class SlaClock(BusinessCalendar calendar, SlaPolicyStore policies)
{
    public SlaClock(BusinessCalendar calendar, IReadOnlyDictionary<string, SlaTargets> targets) : this(calendar, new SlaPolicyStore(targets))
    {
    }

    public SlaTargets TargetsFor(TicketPriority priority) => policies.Targets[priority.ToString()];

    /// <summary>Next reply: when the customer comes back, the agent owes an answer within the next-reply target.</summary>
    public DateTimeOffset NextReplyDue(DateTimeOffset now, TicketPriority priority) => calendar.Add(now, TargetsFor(priority).NextReply);

    public (DateTimeOffset FirstResponseDue, DateTimeOffset ResolutionDue) Deadlines(DateTimeOffset openedAt, TicketPriority priority)
    {
        var target = TargetsFor(priority);
        return (calendar.Add(openedAt, target.FirstResponse), calendar.Add(openedAt, target.Resolution));
    }

    /// <summary>Pending on the customer: the resolution clock stops.</summary>
    public static void Pause(Ticket ticket, DateTimeOffset now) => ticket.PausedAt ??= now;

    /// <summary>The clock resumes with the business time that was left when it paused.</summary>
    public void Resume(Ticket ticket, DateTimeOffset now)
    {
        if (ticket.PausedAt is not { } pausedAt)
        {
            return;
        }

        if (pausedAt < ticket.ResolutionDueAt)
        {
            ticket.ResolutionDueAt = calendar.Add(now, calendar.Between(pausedAt, ticket.ResolutionDueAt));
        }

        ticket.PausedAt = null;
    }

    /// <summary>
    /// A new priority keeps the business time the ticket has used so far and owes only what the new target leaves:
    /// a normal ticket opened two business hours ago and raised to urgent (1 h first response) is due for its first
    /// response now. Met targets (a first response given, a resolved ticket) stay as they are; breaches stay recorded.
    /// </summary>
    public void Reprioritise(Ticket ticket, TicketPriority priority, DateTimeOffset now)
    {
        var (from, to) = (TargetsFor(ticket.Priority), TargetsFor(priority));
        if (ticket.FirstResponseAt is null)
        {
            var due = Retarget(ticket.FirstResponseDueAt, from.FirstResponse, to.FirstResponse, now);
            ticket.FirstResponseWarned &= due <= ticket.FirstResponseDueAt || ticket.FirstResponseBreached;
            ticket.FirstResponseDueAt = due;
        }

        if (ticket.NextReplyDueAt is { } nextReply)
        {
            var due = Retarget(nextReply, from.NextReply, to.NextReply, now);
            ticket.NextReplyWarned &= due <= nextReply || ticket.NextReplyBreached;
            ticket.NextReplyDueAt = due;
        }

        if (ticket.ResolvedAt is null)
        {
            // While pending the clock stands at the pause: what is left is counted from there.
            var due = Retarget(ticket.ResolutionDueAt, from.Resolution, to.Resolution, ticket.PausedAt ?? now);
            ticket.ResolutionWarned &= due <= ticket.ResolutionDueAt || ticket.ResolutionBreached;
            ticket.ResolutionDueAt = due;
        }

        ticket.Priority = priority;
    }

    /// <summary>The deadline under the new target, given the business time used by <paramref name="at"/> under the old one.</summary>
    private DateTimeOffset Retarget(DateTimeOffset due, TimeSpan oldTarget, TimeSpan newTarget, DateTimeOffset at)
    {
        var used = oldTarget - calendar.Between(at, due) + calendar.Between(due, at);
        var left = newTarget - used;
        return left > TimeSpan.Zero ? calendar.Add(at, left) : due < at ? due : at;
    }
}
