using System.Collections.Concurrent;

namespace Crm.BuildingBlocks.Messaging;

/// <summary>
/// Since when each watched queue has been without a consumer. A queue with a consumer, or one the broker could not be
/// asked about, starts again from nothing: only an answer of "no consumer" from a reachable broker counts.
/// </summary>
public sealed class ConsumerPresence
{
    private readonly ConcurrentDictionary<string, DateTimeOffset?> _withoutSince = new(StringComparer.Ordinal);

    public ConsumerPresence(TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        Limit = limit;
    }

    /// <summary>How long a queue may go without a consumer before it is stalled.</summary>
    public TimeSpan Limit { get; }

    public IReadOnlyCollection<string> Queues => _withoutSince.Keys.ToArray();

    public void Watch(string queue) => _withoutSince.TryAdd(queue, null);

    /// <summary>The service stopped consuming from <paramref name="queue"/> on purpose.</summary>
    public void Unwatch(string queue) => _withoutSince.TryRemove(queue, out _);

    /// <summary>Records what the broker said about a watched <paramref name="queue"/> at <paramref name="now"/>.</summary>
    public void Observe(string queue, uint consumers, DateTimeOffset now)
    {
        if (_withoutSince.TryGetValue(queue, out var since))
        {
            _withoutSince.TryUpdate(queue, consumers == 0 ? since ?? now : null, since);
        }
    }

    /// <summary>The broker could not be asked: no queue's wait counts across the gap.</summary>
    public void Forget()
    {
        foreach (var queue in _withoutSince.Keys)
        {
            _withoutSince[queue] = null;
        }
    }

    /// <summary>Each queue currently without a consumer, and for how long.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Without(DateTimeOffset now) =>
        _withoutSince
            .Where(q => q.Value is not null)
            .ToDictionary(q => q.Key, q => now - q.Value!.Value, StringComparer.Ordinal);

    /// <summary>The queues that have been without a consumer for at least <see cref="Limit"/>.</summary>
    public IReadOnlyList<string> Stalled(DateTimeOffset now) =>
        Without(now).Where(q => q.Value >= Limit).Select(q => q.Key).Order(StringComparer.Ordinal).ToArray();
}
