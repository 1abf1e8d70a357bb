using Crm.Gateway.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Crm.UnitTests.Gateway;

public sealed class RateLimitTests
{
    [Fact]
    public async Task The_request_over_the_limit_is_refused_until_the_window_ends()
    {
        var time = new FakeTimeProvider();
        var store = new MemoryRateLimitStore(time);
        var rule = new RateLimitRule { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

        for (var i = 0; i < 60; i++)
        {
            Assert.True((await store.HitAsync("ip:1", rule)).Allowed);
        }

        time.Advance(TimeSpan.FromSeconds(20));
        var refused = await store.HitAsync("ip:1", rule);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.RetryAfter);
        Assert.True((await store.HitAsync("ip:2", rule)).Allowed);

        time.Advance(TimeSpan.FromSeconds(40));
        Assert.True((await store.HitAsync("ip:1", rule)).Allowed);
    }
}
