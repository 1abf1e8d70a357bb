namespace Crm.FaultInjection;

public sealed record FaultRunOptions
{
    /// <summary>At least this many changes; the load goes on at <see cref="Rate"/> until every fault is injected and drained.</summary>
    public long Changes { get; init; } = 10_000;
    public double Rate { get; init; } = 500;
    public int BrokerCrashes { get; init; } = 3;
    public int ServiceCrashes { get; init; } = 3;
    public int DatabaseOutages { get; init; } = 1;
    public TimeSpan DatabaseOutage { get; init; } = TimeSpan.FromSeconds(10);
    public int Poisons { get; init; } = 4;
    /// <summary>
    /// Staff identities the load rotates through: each has the gateway's per-user limit (600 a minute), so at 500 changes a
    /// second 256 of them stay under a fifth of it.
    /// </summary>
    public int Identities { get; init; } = 256;
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Normal load between one fault's drain and the next fault.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan DrainDeadline { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>
    /// Whether each fault waits for the backlog it left to drain before the next one. Off, faults follow each other as soon
    /// as the last one has recovered (for rates the suite cannot keep up with between faults); each fault's drain is still
    /// measured, in the background, until the final deadline.
    /// </summary>
    public bool DrainBetweenFaults { get; init; } = true;
    public TimeSpan FinalDeadline { get; init; } = TimeSpan.FromMinutes(5);
}
