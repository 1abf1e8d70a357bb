using System.Diagnostics;
using Crm.Contracts.Customers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Bench.Pipeline;

/// <summary>
/// What is sent. Without business work: raw publishes, or producer transactions holding only the outbox row (the relay
/// publishes, the consumer's inbox records it). With it: a change row and its event, applied as an effect row.
/// </summary>
public sealed class Workloads(IHost raw, IHost producer)
{
    private readonly IBus _rawBus = raw.Services.GetRequiredService<IBus>();

    public Task RawPublishAsync(int i) =>
        _rawBus.Publish(new RawEvent(Guid.CreateVersion7(), "Bench", $"Raw{i}", $"raw{i}@example.com", null, null, null, null, "PT", "customer", null, "bench", DateTimeOffset.UtcNow));

    public async Task PipelinePublishAsync(int i)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProducerDb>();
        var now = DateTimeOffset.UtcNow;
        db.Publish(new CustomerUpdated(Guid.CreateVersion7(), "Bench", $"Change{i}", $"change{i}@example.com", null, null, null, null, "PT", "customer", null, "bench", 2, now), now);
        await db.SaveChangesAsync();
    }

    /// <summary>The raw baseline with the business work: the change committed, then published after the commit.</summary>
    public async Task RawChangeAsync(int i)
    {
        await using var scope = raw.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProducerDb>();
        var change = AddChange(db, i);
        await db.SaveChangesAsync();
        await _rawBus.Publish(new RawWorkEvent(change.Id, "Bench", change.Name, $"change{i}@example.com", null, null, null, null, "PT", "customer", null, "bench", change.At));
    }

    public async Task ProducerChangeAsync(int i)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProducerDb>();
        var change = AddChange(db, i);
        db.Publish(new CustomerRegistered(change.Id, "Bench", change.Name, $"change{i}@example.com", null, null, null, null, "PT", "customer", null, "bench", change.At), change.At);
        await db.SaveChangesAsync();
    }

    private static BenchChange AddChange(ProducerDb db, int i)
    {
        var change = new BenchChange { Id = Guid.CreateVersion7(), Name = $"Change{i}", At = DateTimeOffset.UtcNow };
        db.Changes.Add(change);
        return change;
    }

    /// <summary>Sends <paramref name="count"/> as fast as <paramref name="concurrency"/> senders allow; returns messages consumed per second.</summary>
    public static async Task<double> PeakAsync(Func<int, Task> send, int count, int concurrency, Arrivals arrivals)
    {
        arrivals.Reset();
        var clock = Stopwatch.StartNew();
        await SendAllAsync(send, count, concurrency);
        var sent = clock.Elapsed;
        await UntilAsync(() => arrivals.Count >= count);
        if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
        {
            Console.WriteLine($"  sent {count} in {sent.TotalSeconds:F2} s ({count / sent.TotalSeconds:F0}/s), all consumed after {clock.Elapsed.TotalSeconds:F2} s");
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// The producer's side on its own (no consumer running): changes committed per second, and events confirmed by the
    /// broker per second (first commit to the relay's last confirm).
    /// </summary>
    public async Task<(double Written, double Relayed)> ProduceOnlyAsync(int count, int concurrency)
    {
        var db = producer.Services.GetRequiredService<IServiceScopeFactory>();
        var clock = Stopwatch.StartNew();
        await SendAllAsync(ProducerChangeAsync, count, concurrency);
        var written = clock.Elapsed;
        await UntilAsync(() => Unsent(db) == 0);
        return (count / written.TotalSeconds, count / clock.Elapsed.TotalSeconds);
    }

    public static Task ArrivedAsync(Arrivals arrivals, int count) => UntilAsync(() => arrivals.Count >= count);

    private static async Task SendAllAsync(Func<int, Task> send, int count, int concurrency)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await send(i);
            }
        }));
    }

    private static int Unsent(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ProducerDb>().Outbox.Count(m => m.SentAt == null);
    }

    /// <summary>Sends at a fixed rate (open loop) for <paramref name="seconds"/>; returns p50 and p99 from send to consumed.</summary>
    public static async Task<(double P50, double P99, double Achieved)> FixedRateAsync(Func<int, Task> send, int perSecond, int seconds, Arrivals arrivals)
    {
        arrivals.Reset();
        var total = perSecond * seconds;
        var sends = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var n = i;
            sends.Add(Task.Run(() => send(n)));
        }

        var sent = clock.Elapsed;
        await Task.WhenAll(sends);
        await UntilAsync(() => arrivals.Count >= total);
        return (arrivals.Percentile(50), arrivals.Percentile(99), total / sent.TotalSeconds);
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("Messages did not all arrive within 5 minutes.");
            }

            await Task.Delay(5);
        }
    }
}
