using System.Collections.Concurrent;

namespace Crm.Gateway.RateLimiting;

/// <summary>In-process fixed windows: used without Redis, and while Redis is unreachable.</summary>
public sealed class MemoryRateLimitStore(TimeProvider time) : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public Task<RateLimitDecision> HitAsync(string key, RateLimitRule rule)
    {
        var now = time.GetUtcNow();
        var window = _windows.AddOrUpdate(key,
            _ => new Window(now + rule.Window, 1),
            (_, w) => w.EndsAt <= now ? new Window(now + rule.Window, 1) : w with { Count = w.Count + 1 });
        if (_windows.Count > 100_000)
        {
            foreach (var expired in _windows.Where(w => w.Value.EndsAt <= now).Select(w => w.Key).ToList())
            {
                _windows.TryRemove(expired, out _);
            }
        }

        return Task.FromResult(new RateLimitDecision(window.Count <= rule.PermitLimit, window.EndsAt - now));
    }

    private sealed record Window(DateTimeOffset EndsAt, long Count);
}
