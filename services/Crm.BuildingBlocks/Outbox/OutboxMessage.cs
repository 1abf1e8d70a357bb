using System.Diagnostics;
using System.Text.Json;

namespace Crm.BuildingBlocks.Outbox;

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

    /// <summary>The outbox row of an event: a context's <see cref="OutboxQueue"/> queues one, a bulk writer inserts them itself.</summary>
    public static OutboxMessage Of<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : class => Of(@event, typeof(TEvent), occurredAt);

    /// <summary>The outbox row of an event known only at run time (one an entity raised), under its own contract type.</summary>
    public static OutboxMessage Of(object @event, Type type, DateTimeOffset occurredAt) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = MessageTypes.NameOf(type),
        Body = JsonSerializer.Serialize(@event, type, MessageTypes.Json),
        OccurredAt = occurredAt,
        TraceParent = Activity.Current?.Id,
    };
}
