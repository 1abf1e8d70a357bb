using System.Net;

namespace Crm.UnitTests.Gateway;

public sealed class GatewayHealthTests
{
    [Fact]
    public async Task Public_health_says_only_healthy_and_names_no_service_or_address()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        using var anonymous = gateway.Client();

        using var response = await anonymous.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Health_details_are_for_a_signed_in_admin_only()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        using var anonymous = gateway.Client();
        using var agent = gateway.Client("ana", "agent");
        using var admin = gateway.Client("root", "admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/health/details")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/health/details")).StatusCode);
        using var details = await admin.GetAsync("/health/details");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("\"customers\"", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_health_is_limited_per_client_address()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["Gateway:RateLimits:Anonymous:PermitLimit"] = "3" });
        using var anonymous = gateway.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await anonymous.GetAsync("/health");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
