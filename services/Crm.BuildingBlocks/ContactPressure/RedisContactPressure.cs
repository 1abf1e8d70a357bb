using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Crm.BuildingBlocks.ContactPressure;

/// <summary>
/// Contact pressure in Redis: one sorted set of contact times per customer, trimmed to the rolling window and
/// checked-and-added in one Lua script, so concurrent senders in different services cannot exceed the limit.
/// </summary>
public sealed class RedisContactPressure(IConnectionMultiplexer redis, IOptions<ContactPressureOptions> options, TimeProvider time) : IContactPressure
{
    private const string ReserveScript = """
        local key, now, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
        redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
        if redis.call('ZSCORE', key, member) then return 1 end
        if redis.call('ZCARD', key) >= limit then return 0 end
        redis.call('ZADD', key, now, member)
        redis.call('PEXPIRE', key, window)
        return 1
        """;

    public async Task<bool> TryReserveAsync(Guid customerId, string contactId, bool transactional, CancellationToken ct = default)
    {
        var policy = options.Value;
        if (transactional && !policy.CountTransactional)
        {
            return true;
        }

        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            ReserveScript,
            [KeyOf(customerId)],
            [time.GetUtcNow().ToUnixTimeMilliseconds(), (long)policy.Window.TotalMilliseconds, policy.MaxContacts, contactId]);
        return (int)result == 1;
    }

    public Task ReleaseAsync(Guid customerId, string contactId, CancellationToken ct = default) =>
        redis.GetDatabase().SortedSetRemoveAsync(KeyOf(customerId), contactId);

    public async Task<int> CountAsync(Guid customerId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return (int)await redis.GetDatabase().SortedSetLengthAsync(KeyOf(customerId), now - options.Value.Window.TotalMilliseconds, double.PositiveInfinity);
    }

    private static RedisKey KeyOf(Guid customerId) => $"crm:contact-pressure:{customerId:N}";
}
