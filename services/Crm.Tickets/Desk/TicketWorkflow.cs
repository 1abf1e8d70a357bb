using Crm.Contracts.Tickets;
using Crm.Tickets.Sla;

namespace Crm.Tickets.Desk;

/// <summary>The statuses a ticket may move to: new → open → pending → resolved → closed, reopening a resolved one.</summary>
public static class TicketWorkflow
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.New] = [TicketStatus.Open, TicketStatus.Pending, TicketStatus.Resolved],
        [TicketStatus.Open] = [TicketStatus.Pending, TicketStatus.Resolved],
        [TicketStatus.Pending] = [TicketStatus.Open, TicketStatus.Resolved],
        [TicketStatus.Resolved] = [TicketStatus.Open, TicketStatus.Closed],
        [TicketStatus.Closed] = [],
    };

    public static bool CanMove(TicketStatus from, TicketStatus to) => Allowed[from].Contains(to);

    public static string Name(TicketStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Moves the ticket, stopping the resolution clock while it waits on the customer, and raises the status events.</summary>
    internal static void Move(Ticket ticket, TicketStatus target, DateTimeOffset now, SlaClock sla)
    {
        var from = ticket.Status;
        if (target == TicketStatus.Pending)
        {
            SlaClock.Pause(ticket, now);
        }
        else if (from == TicketStatus.Pending)
        {
            sla.Resume(ticket, now);
        }

        if (target == TicketStatus.Open && from is TicketStatus.Pending or TicketStatus.Resolved)
        {
            Reopen(ticket, now, sla);
        }

        ticket.Status = target;
        ticket.ResolvedAt = target == TicketStatus.Resolved ? now : ticket.ResolvedAt;
        ticket.Raise(new TicketStatusChanged(ticket.Id, ticket.CustomerId, Name(from), Name(target), now));
        if (target == TicketStatus.Resolved)
        {
            ticket.Raise(TicketEvents.Resolved(ticket, now));
        }
    }

    /// <summary>The one reopen rule, for the agent and the customer alike: the resolution is undone and the agent owes the next reply.</summary>
    private static void Reopen(Ticket ticket, DateTimeOffset now, SlaClock sla)
    {
        ticket.ResolvedAt = null;
        ticket.NextReplyDueAt = sla.NextReplyDue(now, ticket.Priority);
        (ticket.NextReplyWarned, ticket.NextReplyBreached) = (false, false);
    }
}
