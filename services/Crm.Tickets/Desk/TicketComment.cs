namespace Crm.Tickets.Desk;

/// <summary>A public reply to the customer, or an internal note between agents.</summary>
public sealed class TicketComment
{
    public Guid Id { get; set; }
    public Guid TicketId { get; set; }
    public required string AuthorId { get; set; }
    public required string Body { get; set; }
    public bool Internal { get; set; }
    public DateTimeOffset At { get; set; }
}
