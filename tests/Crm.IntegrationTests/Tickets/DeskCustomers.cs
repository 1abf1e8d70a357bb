using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Tickets;

public static class DeskCustomers
{
    /// <summary>An agent (with a subject of its own) and a customer registered through the gateway that the service desk already knows.</summary>
    public static async Task<(HttpClient Agent, Guid Customer)> CustomerKnownToTheDeskAsync(this SuiteFixture suite, string owner = "olga")
    {
        var agent = await suite.ClientAsync("agent", subject: "agent-" + Guid.NewGuid().ToString("N")[..6]);
        var unique = Guid.NewGuid().ToString("N")[..10];
        var customer = (await suite.CreateCustomerAsync(agent, new { firstName = "Tia", lastName = "Desk", email = $"tia.{unique}@example.com", accountOwnerId = owner })).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode);
        return (agent, customer);
    }
}
