namespace Crm.FaultInjection.Faults;

/// <summary>
/// One injected fault: when it began (seconds into the run), how long until the suite recovered, the effects owed at
/// recovery, and how long the consumers took to apply every event committed before recovery (null: not within the deadline).
/// </summary>
public sealed record FaultOutcome(string Name, TimeSpan At, TimeSpan Outage, long BacklogAtRecovery, TimeSpan? Drain);
