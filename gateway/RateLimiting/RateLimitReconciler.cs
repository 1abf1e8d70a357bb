using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Crm.Gateway.RateLimiting;

/// <summary>
/// Every <see cref="RateLimitOptions.SyncInterval"/>, adds the hits this gateway admitted to the shared Redis windows
/// (one pipelined script call per client) and takes back every instance's count and the window's remaining time.
/// </summary>
public sealed class RateLimitReconciler(
    LocalFirstRateLimitStore store, IConnectionMultiplexer redis, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<RateLimitReconciler> logger)
    : BackgroundService
{
    private const string Script = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[2])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(10);
    private bool _redisDown;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SyncInterval, time);
        var nextSweep = time.GetUtcNow() + SweepEvery;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SyncAsync();
            if (time.GetUtcNow() >= nextSweep)
            {
                store.RemoveEnded();
                nextSweep = time.GetUtcNow() + SweepEvery;
            }
        }
    }

    public async Task SyncAsync()
    {
        var batch = store.TakeUnsynced();
        if (batch.Count == 0)
        {
            return;
        }

        var db = redis.GetDatabase();
        var calls = batch
            .Select(b => db.ScriptEvaluateAsync(
                Script, [RedisRateLimitStore.KeyPrefix + b.Window.Key], [(long)b.Window.Window.TotalMilliseconds, b.Hits]))
            .ToList();
        var failed = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var (window, hits) = batch[i];
            try
            {
                var result = (RedisResult[])(await calls[i])!;
                store.Synced(window, hits, (long)result[0], TimeSpan.FromMilliseconds(Math.Max(0, (long)result[1])));
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                store.NotSynced(window, hits);
                if (failed++ == 0 && !_redisDown)
                {
                    logger.LogWarning(ex, "Redis unavailable for rate limits; limiting in-process until it answers");
                }
            }
        }

        if (_redisDown && failed == 0)
        {
            logger.LogInformation("Redis answers again; rate limits shared across gateways");
        }

        _redisDown = failed > 0;
    }
}
