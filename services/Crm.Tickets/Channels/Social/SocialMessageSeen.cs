namespace Crm.Tickets.Channels.Social;

/// <summary>A network's message id already taken in: a repeated delivery of it changes nothing.</summary>
public sealed class SocialMessageSeen
{
    public required string Network { get; set; }
    public required string MessageId { get; set; }
    public Guid TicketId { get; set; }
    public DateTimeOffset At { get; set; }
}
