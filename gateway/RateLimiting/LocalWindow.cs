namespace Crm.Gateway.RateLimiting;

/// <summary>
/// One client's fixed window as this gateway sees it: the count Redis last reported for all instances, plus the hits
/// admitted here that Redis has not counted yet. Guarded by locking the instance.
/// </summary>
public sealed class LocalWindow(string key, TimeSpan window, DateTimeOffset endsAt)
{
    public string Key { get; } = key;
    public TimeSpan Window { get; } = window;
    public DateTimeOffset EndsAt { get; set; } = endsAt;
    /// <summary>Hits of every gateway instance in this window, as Redis last answered.</summary>
    public long Shared { get; set; }
    /// <summary>Hits admitted here and not yet sent to Redis.</summary>
    public long Pending { get; set; }
    /// <summary>Hits sent to Redis whose answer has not come back.</summary>
    public long InFlight { get; set; }
    /// <summary>Whether the window waits in the sync queue.</summary>
    public bool Queued { get; set; }

    public long Count => Shared + InFlight + Pending;
}
