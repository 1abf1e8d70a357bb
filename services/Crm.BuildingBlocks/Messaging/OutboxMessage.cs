namespace Crm.BuildingBlocks.Messaging;

/// <summary>An event waiting to be published, written in the same transaction as the state change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>W3C traceparent of the request that raised the event, so the trace continues across the broker.</summary>
    public string? TraceParent { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
