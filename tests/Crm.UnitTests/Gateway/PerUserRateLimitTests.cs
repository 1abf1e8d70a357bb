using System.Net;

namespace Crm.UnitTests.Gateway;

public sealed class PerUserRateLimitTests
{
    [Fact]
    public async Task A_signed_in_user_over_the_limit_gets_429_with_retry_after_while_another_user_goes_on()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["Gateway:RateLimits:Bearer:PermitLimit"] = "5" });
        using var busy = gateway.Client("busy-agent", "agent");
        using var other = gateway.Client("other-agent", "agent");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last?.Dispose();
            last = await busy.GetAsync($"/api/customers?page={i}");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Concat([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]), statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
        using var otherResponse = await other.GetAsync("/api/customers");
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }

    [Fact]
    public void The_default_per_user_limit_is_600_a_minute()
    {
        var rule = new Crm.Gateway.RateLimiting.RateLimitOptions().Bearer;

        Assert.Equal(600, rule.PermitLimit);
        Assert.Equal(TimeSpan.FromMinutes(1), rule.Window);
    }
}
