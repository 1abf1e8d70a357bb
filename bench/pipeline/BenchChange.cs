namespace Crm.Bench.Pipeline;

/// <summary>The producer's state change (a customer row, as the customers service writes one per registration).</summary>
public sealed class BenchChange
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset At { get; set; }
}
