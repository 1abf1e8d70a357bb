using System.Net;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>The anonymous world learns whether the suite is up, nothing about what runs behind the gateway.</summary>
[Collection(SuiteCollection.Name)]
public sealed class HealthExposureTests(SuiteFixture suite)
{
    private static readonly string[] Services = ["customers", "tickets", "surveys", "campaigns", "partner-data"];

    [Fact]
    public async Task Public_health_answers_only_healthy_and_names_no_service_or_address()
    {
        using var anonymous = suite.AnonymousClient();

        using var response = await anonymous.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Health_details_per_service_are_for_a_signed_in_admin_only()
    {
        using var anonymous = suite.AnonymousClient();
        using var agent = await suite.ClientAsync("agent");
        using var admin = await suite.ClientAsync("admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/health/details")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/health/details")).StatusCode);
        using var details = await admin.GetAsync("/health/details");
        var checks = (await details.SuccessJsonAsync()).GetProperty("checks");
        foreach (var service in Services)
        {
            Assert.Equal("Healthy", checks.GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Public_health_is_rate_limited_per_client_like_other_anonymous_routes()
    {
        using var anonymous = suite.AnonymousClientFrom(IPAddress.Parse($"127.0.1.{Random.Shared.Next(2, 250)}"));
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 310; i++)
        {
            last?.Dispose();
            last = await anonymous.GetAsync("/health");
            statuses.Add(last.StatusCode);
        }

        Assert.True(statuses.Take(300).All(s => s == HttpStatusCode.OK), "the first 300 a minute are answered");
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        last.Dispose();
    }
}
