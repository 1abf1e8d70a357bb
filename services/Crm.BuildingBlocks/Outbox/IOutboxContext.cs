namespace Crm.BuildingBlocks.Outbox;

/// <summary>A context whose events wait in an <see cref="OutboxQueue"/> for its next save.</summary>
public interface IOutboxContext
{
    OutboxQueue QueuedEvents { get; }
}
