namespace Crm.Bench.Pipeline;

/// <summary>The consumer's effect (a read-model row, as tickets or campaigns keep one per customer).</summary>
public sealed class BenchEffect
{
    public Guid CustomerId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
