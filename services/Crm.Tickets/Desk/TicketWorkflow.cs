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
}
