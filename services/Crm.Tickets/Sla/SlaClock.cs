using Crm.Tickets.Desk;

namespace Crm.Tickets.Sla;

/// <summary>Computes a ticket's deadlines in business time and keeps them right while it pauses on the customer.</summary>
public sealed class SlaClock(BusinessCalendar calendar, IReadOnlyDictionary<string, SlaTargets> targets)
{
    public SlaTargets TargetsFor(TicketPriority priority) => targets[priority.ToString()];

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
