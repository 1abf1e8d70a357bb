using Crm.Gateway.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Crm.UnitTests.Gateway;

public sealed class LocalFirstRateLimitTests
{
    private static readonly RateLimitRule Rule = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    [Fact]
    public async Task Hits_over_the_limit_are_refused_until_the_window_ends_without_asking_redis()
    {
        var time = new FakeTimeProvider();
        var store = new LocalFirstRateLimitStore(time, new MemoryRateLimitStore(time));

        for (var i = 0; i < 10; i++)
        {
            Assert.True((await store.HitAsync("sub:a", Rule)).Allowed);
        }

        time.Advance(TimeSpan.FromSeconds(15));
        var refused = await store.HitAsync("sub:a", Rule);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(45), refused.RetryAfter);
        Assert.True((await store.HitAsync("sub:b", Rule)).Allowed);

        time.Advance(TimeSpan.FromSeconds(45));
        Assert.True((await store.HitAsync("sub:a", Rule)).Allowed);
    }

    [Fact]
    public async Task Hits_counted_by_other_gateways_use_up_the_shared_limit()
    {
        var time = new FakeTimeProvider();
        var store = new LocalFirstRateLimitStore(time, new MemoryRateLimitStore(time));
        for (var i = 0; i < 3; i++)
        {
            await store.HitAsync("sub:a", Rule);
        }

        var (window, hits) = Assert.Single(store.TakeUnsynced());
        Assert.Equal(3, hits);
        store.Synced(window, hits, total: 9, remaining: TimeSpan.FromSeconds(30));

        Assert.True((await store.HitAsync("sub:a", Rule)).Allowed);
        var refused = await store.HitAsync("sub:a", Rule);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
    }

    [Fact]
    public async Task Hits_redis_did_not_take_stay_counted_and_are_sent_again()
    {
        var time = new FakeTimeProvider();
        var store = new LocalFirstRateLimitStore(time, new MemoryRateLimitStore(time));
        for (var i = 0; i < 10; i++)
        {
            await store.HitAsync("sub:a", Rule);
        }

        var (window, hits) = Assert.Single(store.TakeUnsynced());
        store.NotSynced(window, hits);

        Assert.False((await store.HitAsync("sub:a", Rule)).Allowed);
        Assert.Equal(10, Assert.Single(store.TakeUnsynced()).Hits);
    }

    [Fact]
    public async Task Rules_that_must_be_exact_across_gateways_are_counted_by_the_shared_store_on_every_hit()
    {
        var time = new FakeTimeProvider();
        var shared = new MemoryRateLimitStore(time);
        var store = new LocalFirstRateLimitStore(time, shared);
        var strict = new RateLimitRule { PermitLimit = 2, ExactAcrossInstances = true };

        await store.HitAsync("ip:1", strict);
        await store.HitAsync("ip:1", strict);

        Assert.False((await shared.HitAsync("ip:1", strict)).Allowed);
        Assert.Empty(store.TakeUnsynced());
    }

    [Fact]
    public async Task Ended_windows_with_nothing_to_send_are_forgotten()
    {
        var time = new FakeTimeProvider();
        var store = new LocalFirstRateLimitStore(time, new MemoryRateLimitStore(time));
        await store.HitAsync("sub:a", Rule);
        var (window, hits) = Assert.Single(store.TakeUnsynced());
        store.Synced(window, hits, total: 1, remaining: TimeSpan.FromSeconds(60));

        time.Advance(TimeSpan.FromSeconds(61));
        store.RemoveEnded();

        Assert.Equal(0, store.Count);
    }
}
