using System.Text.Json;
using StackExchange.Redis;

namespace Crm.BuildingBlocks.Api.Idempotency;

/// <summary>Idempotency keys in Redis: an atomic SET NX claims the key, so concurrent repeats across instances run once.</summary>
public sealed class RedisIdempotencyStore(IConnectionMultiplexer redis, string serviceName) : IIdempotencyStore
{
    private const string Pending = "pending";

    public async Task<(BeginOutcome Outcome, StoredResponse? Response)> BeginAsync(string key, TimeSpan lockFor)
    {
        var db = redis.GetDatabase();
        var redisKey = KeyOf(key);
        if (await db.StringSetAsync(redisKey, Pending, lockFor, When.NotExists))
        {
            return (BeginOutcome.Started, null);
        }

        var value = await db.StringGetAsync(redisKey);
        if (value.IsNullOrEmpty || value == Pending)
        {
            return (BeginOutcome.InProgress, null);
        }

        return (BeginOutcome.Completed, JsonSerializer.Deserialize<StoredResponse>(value.ToString()));
    }

    public Task CompleteAsync(string key, StoredResponse response, TimeSpan keepFor) =>
        redis.GetDatabase().StringSetAsync(KeyOf(key), JsonSerializer.Serialize(response), keepFor);

    public Task AbandonAsync(string key) => redis.GetDatabase().KeyDeleteAsync(KeyOf(key));

    private RedisKey KeyOf(string key) => $"crm:{serviceName}:idempotency:{key}";
}
