namespace Crm.BuildingBlocks.Relay;

public sealed class OutboxRelayOptions
{
    public int BatchSize { get; set; } = 200;
    /// <summary>How often the relay looks for rows when nothing woke it (rows committed by another process, or left by a crash).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long sent outbox rows are kept (inbox records: <c>Messaging:Inbox:Retention</c>).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
