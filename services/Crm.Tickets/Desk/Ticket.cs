namespace Crm.Tickets.Desk;

/// <summary>A customer's case at the service desk, with its SLA deadlines.</summary>
public sealed class Ticket
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public TicketChannel Channel { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }
    public TicketPriority Priority { get; set; }
    public string? Category { get; set; }
    public string? ProductModel { get; set; }
    public TicketStatus Status { get; set; }
    public string? AssigneeId { get; set; }
    public string? Resolution { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FirstResponseAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset FirstResponseDueAt { get; set; }
    public DateTimeOffset ResolutionDueAt { get; set; }
    /// <summary>When the ticket went pending on the customer: the resolution clock stands still since then.</summary>
    public DateTimeOffset? PausedAt { get; set; }
    public bool FirstResponseWarned { get; set; }
    public bool FirstResponseBreached { get; set; }
    public bool ResolutionWarned { get; set; }
    public bool ResolutionBreached { get; set; }
    /// <summary>When the customer came back (pending → open), the agent owes the next reply by then.</summary>
    public DateTimeOffset? NextReplyDueAt { get; set; }
    public bool NextReplyWarned { get; set; }
    public bool NextReplyBreached { get; set; }
    public long Version { get; set; }
    public List<TicketComment> Comments { get; set; } = [];
}
