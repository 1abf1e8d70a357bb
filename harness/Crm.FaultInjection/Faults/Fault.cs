using Crm.FaultInjection.Suite;

namespace Crm.FaultInjection.Faults;

/// <summary>Something that goes wrong in production, done to the running suite; returns once the suite has recovered from it.</summary>
public abstract record Fault(string Name)
{
    /// <summary>Injects the fault and waits for recovery (broker accepting connections, service healthy, lock released).</summary>
    public abstract Task InjectAsync(FaultSuite suite, CancellationToken ct);
}
