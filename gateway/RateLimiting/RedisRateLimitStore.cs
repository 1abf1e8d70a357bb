using StackExchange.Redis;

namespace Crm.Gateway.RateLimiting;

/// <summary>Fixed-window counters in Redis, incremented and expired in one script, so several gateways share one limit.</summary>
public sealed class RedisRateLimitStore(IConnectionMultiplexer redis, ILogger<RedisRateLimitStore> logger, MemoryRateLimitStore fallback) : IRateLimitStore
{
    public const string KeyPrefix = "crm:gateway:ratelimit:";

    private const string Script = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return { count, redis.call('PTTL', KEYS[1]) }
        """;

    public async Task<RateLimitDecision> HitAsync(string key, RateLimitRule rule)
    {
        try
        {
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                Script, [KeyPrefix + key], [(long)rule.Window.TotalMilliseconds]))!;
            var count = (long)result[0];
            var ttl = Math.Max(0, (long)result[1]);
            return new RateLimitDecision(count <= rule.PermitLimit, TimeSpan.FromMilliseconds(ttl));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis unavailable for rate limits; limiting in-process");
            return await fallback.HitAsync(key, rule);
        }
    }
}
