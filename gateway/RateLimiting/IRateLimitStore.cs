namespace Crm.Gateway.RateLimiting;

public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter);

/// <summary>Counts requests per client and window; shared across gateway instances when it is Redis.</summary>
public interface IRateLimitStore
{
    Task<RateLimitDecision> HitAsync(string key, RateLimitRule rule);
}
