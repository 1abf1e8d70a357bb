namespace Crm.Tickets.Desk;

/// <summary>A public reply to the customer, the customer's own reply, or an internal note between agents.</summary>
public sealed class TicketComment
{
    public Guid Id { get; set; }
    public Guid TicketId { get; set; }
    public required string AuthorId { get; set; }
    /// <summary>The author's display name from their token when they wrote it (null when it carried none).</summary>
    public string? AuthorName { get; set; }
    public required string Body { get; set; }
    public bool Internal { get; set; }
    /// <summary>Written by the customer through self-service (never the first response, never internal).</summary>
    public bool FromCustomer { get; set; }
    public DateTimeOffset At { get; set; }
}
