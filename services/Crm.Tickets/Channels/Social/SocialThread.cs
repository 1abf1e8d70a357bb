namespace Crm.Tickets.Channels.Social;

/// <summary>A conversation on a network and the ticket it became; its sender is the person the desk answers there.</summary>
public sealed class SocialThread
{
    public required string Network { get; set; }
    public required string ThreadId { get; set; }
    public Guid TicketId { get; set; }
    public required string SenderId { get; set; }
    public required string SenderHandle { get; set; }
}
