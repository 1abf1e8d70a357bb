namespace Crm.UnitTests.Gateway;

public sealed class ServerHeaderTests
{
    [Fact]
    public async Task Neither_the_gateway_nor_a_service_behind_it_names_its_server()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        using var client = gateway.Client("ana", "agent");

        using var proxied = await client.GetAsync("/api/customers");
        using var own = await client.GetAsync("/health");
        using var missing = await client.GetAsync("/no-such-route");

        Assert.Equal(System.Net.HttpStatusCode.OK, proxied.StatusCode);
        Assert.Empty(proxied.Headers.Server);
        Assert.Empty(own.Headers.Server);
        Assert.Empty(missing.Headers.Server);
    }
}
