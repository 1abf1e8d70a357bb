namespace Crm.Customers.Interactions;

/// <summary>A contact with the customer: its nature (channel, direction), what it was about and how it ended.</summary>
public sealed class Interaction
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public InteractionChannel Channel { get; set; }
    public InteractionDirection Direction { get; set; }
    public required string Summary { get; set; }
    public string? Outcome { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}
