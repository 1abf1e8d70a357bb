namespace Crm.BuildingBlocks.Inbox;

/// <summary>A message a consumer has already applied; recorded in the same transaction as its effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
