using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Crm.BuildingBlocks.ContactPressure;

/// <summary>
/// Contact pressure in Redis: one sorted set of contact times per customer, trimmed to the rolling window and
/// checked-and-added in one Lua script, so concurrent senders in different services cannot exceed the limit.
/// </summary>
public sealed class RedisContactPressure(IConnectionMultiplexer redis, IOptions<ContactPressureOptions> options, TimeProvider time) : IContactPressure
{
    /// <summary>Trim each key's window, then reserve in order: one round trip for one contact or a whole launch batch.</summary>
    private const string ReserveScript = """
        local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
        local answers = {}
        for i, key in ipairs(KEYS) do
          local member = ARGV[3 + i]
          redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
          if redis.call('ZSCORE', key, member) then
            answers[i] = 1
          elseif redis.call('ZCARD', key) >= limit then
            answers[i] = 0
          else
            redis.call('ZADD', key, now, member)
            redis.call('PEXPIRE', key, window)
            answers[i] = 1
          end
        end
        return answers
        """;

    /// <summary>Contacts per script run: large enough to save round trips, small enough not to hold Redis up for long.</summary>
    private const int ScriptChunk = 250;

    public async Task<bool> TryReserveAsync(Guid customerId, string contactId, bool transactional, CancellationToken ct = default) =>
        (await TryReserveManyAsync([new ContactRequest(customerId, contactId)], transactional, ct))[0];

    public async Task<IReadOnlyList<bool>> TryReserveManyAsync(IReadOnlyList<ContactRequest> contacts, bool transactional, CancellationToken ct = default)
    {
        var policy = options.Value;
        var answers = new bool[contacts.Count];
        if (transactional && !policy.CountTransactional)
        {
            Array.Fill(answers, true);
            return answers;
        }

        var database = redis.GetDatabase();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var runs = new List<(int Start, Task<RedisResult> Result)>();
        for (var start = 0; start < contacts.Count; start += ScriptChunk)
        {
            var chunk = contacts.Skip(start).Take(ScriptChunk).ToList();
            RedisValue[] values = [now, (long)policy.Window.TotalMilliseconds, policy.MaxContacts, .. chunk.Select(c => (RedisValue)c.ContactId)];
            runs.Add((start, database.ScriptEvaluateAsync(ReserveScript, [.. chunk.Select(c => KeyOf(c.CustomerId))], values)));
        }

        foreach (var (start, result) in runs)
        {
            var replies = (RedisResult[])(await result)!;
            for (var i = 0; i < replies.Length; i++)
            {
                answers[start + i] = (int)replies[i] == 1;
            }
        }

        return answers;
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
