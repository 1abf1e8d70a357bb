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
}
