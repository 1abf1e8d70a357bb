using System.Net;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Messaging;

[Collection(SuiteCollection.Name)]
public sealed class ThinFlowTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_customer_registered_through_the_gateway_reaches_the_tickets_and_campaigns_read_models()
    {
        using var agent = await suite.ClientAsync("agent");
        using var marketer = await suite.ClientAsync("marketer");
        var customer = await suite.CreateCustomerAsync(agent);
        var id = customer.GetProperty("id").GetGuid();

        var directory = await Eventually.ValueAsync(() => JsonOf(agent, $"/api/tickets/customers/{id}"), because: "tickets consumes CustomerRegistered");
        var audience = await Eventually.ValueAsync(() => JsonOf(marketer, $"/api/campaigns/audience/{id}"), because: "campaigns consumes CustomerRegistered");

        Assert.Equal(customer.GetProperty("lastName").GetString(), directory.GetProperty("lastName").GetString());
        Assert.Equal(customer.GetProperty("lastName").GetString(), audience.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task The_gateway_reports_every_service_healthy()
    {
        using var admin = await suite.ClientAsync("admin");
        using var response = await admin.GetAsync("/health/details");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var service in new[] { "customers", "tickets", "surveys", "campaigns", "partner-data" })
        {
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(service).GetProperty("status").GetString());
        }
    }

    internal static async Task<JsonElement?> JsonOf(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : null;
    }
}
