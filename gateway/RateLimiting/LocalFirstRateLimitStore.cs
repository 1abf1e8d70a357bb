using System.Collections.Concurrent;

namespace Crm.Gateway.RateLimiting;

/// <summary>
/// Decides from this gateway's view of each client's window, without waiting for Redis; <see cref="RateLimitReconciler"/>
/// sends the admitted hits to Redis in batches and brings back every instance's count, so the limit stays shared.
/// Rules marked <see cref="RateLimitRule.ExactAcrossInstances"/> go to <paramref name="exact"/> on every request.
/// </summary>
public sealed class LocalFirstRateLimitStore(TimeProvider time, IRateLimitStore exact) : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, LocalWindow> _windows = new();
    private readonly ConcurrentQueue<LocalWindow> _unsynced = new();

    public int Count => _windows.Count;

    public Task<RateLimitDecision> HitAsync(string key, RateLimitRule rule)
    {
        if (rule.ExactAcrossInstances)
        {
            return exact.HitAsync(key, rule);
        }

        var now = time.GetUtcNow();
        var window = _windows.GetOrAdd(key, static (k, s) => new LocalWindow(k, s.Window, s.EndsAt), (rule.Window, EndsAt: now + rule.Window));
        bool allowed, enqueue = false;
        TimeSpan retryAfter;
        lock (window)
        {
            if (window.EndsAt <= now)
            {
                window.EndsAt = now + rule.Window;
                window.Shared = 0;
                window.Pending = 0;
            }

            allowed = window.Count < rule.PermitLimit;
            retryAfter = window.EndsAt - now;
            if (allowed)
            {
                window.Pending++;
                enqueue = !window.Queued;
                window.Queued = true;
            }
        }

        if (enqueue)
        {
            _unsynced.Enqueue(window);
        }

        return Task.FromResult(new RateLimitDecision(allowed, retryAfter));
    }

    /// <summary>Takes every window with hits Redis has not seen, and how many; they count as in flight until answered.</summary>
    public IReadOnlyList<(LocalWindow Window, long Hits)> TakeUnsynced()
    {
        var batch = new List<(LocalWindow, long)>();
        while (_unsynced.TryDequeue(out var window))
        {
            lock (window)
            {
                window.Queued = false;
                var hits = window.Pending;
                window.Pending = 0;
                window.InFlight += hits;
                if (hits > 0)
                {
                    batch.Add((window, hits));
                }
            }
        }

        return batch;
    }

    /// <summary>Redis counted <paramref name="hits"/>: the window now holds <paramref name="total"/> hits of every instance.</summary>
    public void Synced(LocalWindow window, long hits, long total, TimeSpan remaining)
    {
        lock (window)
        {
            window.InFlight -= hits;
            window.Shared = total;
            window.EndsAt = time.GetUtcNow() + remaining;
        }
    }

    /// <summary>Redis did not answer: the hits stay counted here and go again with the next sync.</summary>
    public void NotSynced(LocalWindow window, long hits)
    {
        bool enqueue;
        lock (window)
        {
            window.InFlight -= hits;
            window.Pending += hits;
            enqueue = !window.Queued;
            window.Queued = true;
        }

        if (enqueue)
        {
            _unsynced.Enqueue(window);
        }
    }

    /// <summary>Forgets windows that have ended with nothing left to send.</summary>
    public void RemoveEnded()
    {
        var now = time.GetUtcNow();
        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (window.EndsAt <= now && window.Pending == 0 && window.InFlight == 0 && !window.Queued)
                {
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }
}
