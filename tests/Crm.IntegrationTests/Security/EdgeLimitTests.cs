using System.Net;
using System.Net.Http.Json;
using System.Text;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

[Collection(SuiteCollection.Name)]
public sealed class EdgeLimitTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413_and_nothing_is_created()
    {
        using var agent = await suite.ClientAsync("agent");
        var marker = Guid.NewGuid().ToString("N")[..10];
        var body = $"{{\"firstName\":\"A\",\"lastName\":\"{marker}\",\"email\":\"{marker}@example.com\",\"source\":\"{new string('x', 1024 * 1024)}\"}}";

        // As clients do with a large body: ask first, so the refusal is read instead of racing the upload.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/customers") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        using var response = await agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await agent.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/customers?q={marker}")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Token_in_url_routes_allow_sixty_requests_a_minute_per_client_then_429_with_retry_after()
    {
        using var anonymous = suite.AnonymousClientFrom(System.Net.IPAddress.Parse($"127.0.0.{Random.Shared.Next(2, 250)}"));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 70; i++)
        {
            last?.Dispose();
            last = await anonymous.PostAsync($"/api/unsubscribe/guess-{i}", null);
            statuses.Add(last.StatusCode);
        }

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Take(60).All(s => s != HttpStatusCode.TooManyRequests), "the first 60 pass the limiter");
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        last.Dispose();
    }

    [Fact]
    public async Task Responses_carry_a_correlation_id_and_security_headers()
    {
        using var agent = await suite.ClientAsync("agent");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/customers?limit=1");
        request.Headers.Add("X-Correlation-Id", "support-case-1234");
        using var response = await agent.SendAsync(request);

        Assert.Equal("support-case-1234", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_dev_token_route_issues_only_known_roles()
    {
        using var anonymous = suite.AnonymousClient();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anonymous.PostAsJsonAsync("/dev/token", new { subject = "x", roles = new[] { "root" } })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anonymous.PostAsJsonAsync("/dev/token", new { subject = "x", roles = new[] { "customer" } })).StatusCode);
    }
}
