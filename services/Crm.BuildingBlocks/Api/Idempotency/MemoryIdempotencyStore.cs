using System.Collections.Concurrent;

namespace Crm.BuildingBlocks.Api.Idempotency;

/// <summary>In-process idempotency keys, used when no cache is configured (one instance per service).</summary>
public sealed class MemoryIdempotencyStore(TimeProvider time) : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, (StoredResponse? Response, DateTimeOffset Expires)> _entries = new();

    public Task<(BeginOutcome Outcome, StoredResponse? Response)> BeginAsync(string key, TimeSpan lockFor)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Expires > now)
            {
                return Task.FromResult(entry.Response is null ? (BeginOutcome.InProgress, (StoredResponse?)null) : (BeginOutcome.Completed, entry.Response));
            }

            if (entry != default ? _entries.TryUpdate(key, (null, now + lockFor), entry) : _entries.TryAdd(key, (null, now + lockFor)))
            {
                return Task.FromResult((BeginOutcome.Started, (StoredResponse?)null));
            }
        }
    }

    public Task CompleteAsync(string key, StoredResponse response, TimeSpan keepFor)
    {
        _entries[key] = (response, time.GetUtcNow() + keepFor);
        return Task.CompletedTask;
    }

    public Task AbandonAsync(string key)
    {
        _entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
