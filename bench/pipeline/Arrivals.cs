using System.Collections.Concurrent;
using Crm.Contracts.Customers;
using MassTransit;

namespace Crm.Bench.Pipeline;

/// <summary>
/// Records each message when its consumer has finished (for the pipeline: after the inbox transaction committed):
/// how many arrived and how long after the producer's change each one took.
/// </summary>
public sealed class Arrivals : IConsumeObserver
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private long _count;
    private long _first;
    private long _last;

    public long Count => Interlocked.Read(ref _count);

    public void Reset()
    {
        _latenciesMs.Clear();
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _first, 0);
    }

    /// <summary>Messages per second between the first arrival and the last.</summary>
    public double Rate => Count < 2 ? double.NaN : (Count - 1) / TimeSpan.FromTicks(Interlocked.Read(ref _last) - Interlocked.Read(ref _first)).TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = _latenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        var occurredAt = context.Message switch
        {
            RawEvent raw => raw.OccurredAt,
            RawWorkEvent raw => raw.OccurredAt,
            CustomerRegistered registered => registered.OccurredAt,
            CustomerUpdated updated => updated.OccurredAt,
            _ => (DateTimeOffset?)null,
        };
        if (occurredAt is { } at)
        {
            _latenciesMs.Enqueue((DateTimeOffset.UtcNow - at).TotalMilliseconds);
            var now = DateTime.UtcNow.Ticks;
            Interlocked.CompareExchange(ref _first, now, 0);
            Interlocked.Exchange(ref _last, now);
            Interlocked.Increment(ref _count);
        }

        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
