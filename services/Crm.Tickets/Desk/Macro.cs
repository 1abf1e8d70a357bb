namespace Crm.Tickets.Desk;

/// <summary>A saved reply an agent applies to a ticket, optionally moving it to a status.</summary>
public sealed class Macro
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Body { get; set; }
    public bool Internal { get; set; }
    public TicketStatus? SetStatus { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
