using System.Net;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>Every signed-in route is limited per user (the token's subject), generously: 600 requests a minute.</summary>
[Collection(SuiteCollection.Name)]
public sealed class PerUserRateLimitTests(SuiteFixture suite)
{
    private const int PerMinute = 600;

    [Fact]
    public async Task A_user_over_600_requests_a_minute_gets_429_with_retry_after_across_routes_while_others_go_on()
    {
        var subject = "busy-" + Guid.NewGuid().ToString("N")[..8];
        using var busy = await suite.ClientAsync("agent", subject: subject);
        using var sameUserOtherToken = await suite.ClientAsync("agent", subject: subject);
        using var other = await suite.ClientAsync("agent");
        string[] routes = [$"/api/customers/{Guid.NewGuid()}", $"/api/tickets/{Guid.NewGuid()}", "/api/me"];

        var statuses = new List<HttpStatusCode>();
        using var gate = new SemaphoreSlim(8);
        var sends = Enumerable.Range(0, PerMinute).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await busy.GetAsync(routes[i % routes.Length]);
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(sends);
        using var over = await sameUserOtherToken.GetAsync(routes[0]);
        using var otherUser = await other.GetAsync(routes[0]);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.True(over.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherUser.StatusCode);
    }
}
