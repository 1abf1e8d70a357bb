using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>What customers read of the desk names people, not staff ids; their collections page like every other.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CustomerViewTests(SuiteFixture suite)
{
    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value).Append(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private async Task<(HttpClient Agent, string AgentId, Guid Customer)> CustomerKnownToTheDeskAsync()
    {
        var agentId = "agent-" + Guid.NewGuid().ToString("N")[..8];
        var agent = await suite.ClientAsync("agent", subject: agentId);
        var customer = (await suite.CreateCustomerAsync(agent, new { firstName = "Vera", lastName = "View", email = $"vera.{Guid.NewGuid():N}@example.com", accountOwnerId = agentId })).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode, because: "the desk knows the customer");
        return (agent, agentId, customer);
    }

    [Fact]
    public async Task A_customer_reads_their_ticket_with_display_names_and_no_staff_id_anywhere()
    {
        var (agent, agentId, customer) = await CustomerKnownToTheDeskAsync();
        using var _ = agent;
        var id = (await (await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "chat", subject = "Where is my order", description = "d", priority = "low" })).SuccessJsonAsync()).GetProperty("id").GetGuid();
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "It left the warehouse today.", @internal = false })).SuccessJsonAsync();
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/assign", new { assigneeId = "lead-" + agentId })).SuccessJsonAsync();
        using var self = await suite.ClientAsync("customer", customer);

        var one = await (await self.GetAsync($"/api/me/tickets/{id}")).SuccessJsonAsync();
        var list = await (await self.GetAsync("/api/me/tickets")).SuccessJsonAsync();

        foreach (var view in new[] { one, list })
        {
            Assert.DoesNotContain(AllStrings(view), s => s.Contains(agentId, StringComparison.Ordinal));
            Assert.DoesNotContain(AllStrings(view), s => s is "assigneeId" or "authorId");
        }

        Assert.Equal("Support team", one.GetProperty("assignee").GetString());
        var reply = Assert.Single(one.GetProperty("comments").EnumerateArray());
        Assert.Equal("Support team", reply.GetProperty("author").GetString());
        Assert.Equal("It left the warehouse today.", reply.GetProperty("body").GetString());
        var staff = await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal(agentId, staff.GetProperty("comments")[0].GetProperty("authorId").GetString());
    }

    [Fact]
    public async Task A_customers_tickets_come_in_pages_of_items_with_a_next_cursor()
    {
        var (agent, _, customer) = await CustomerKnownToTheDeskAsync();
        using var __ = agent;
        var opened = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add((await (await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "web", subject = $"Question {i}", description = "d", priority = "low" })).SuccessJsonAsync()).GetProperty("id").GetGuid());
        }

        using var self = await suite.ClientAsync("customer", customer);
        var first = await (await self.GetAsync("/api/me/tickets?limit=2")).SuccessJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString();
        Assert.NotNull(cursor);
        var second = await (await self.GetAsync($"/api/me/tickets?limit=2&cursor={Uri.EscapeDataString(cursor)}")).SuccessJsonAsync();

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(opened.AsEnumerable().Reverse(), seen);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await self.GetAsync("/api/me/tickets?limit=0")).StatusCode);
    }

    [Fact]
    public async Task Survey_invitations_for_the_customer_and_for_staff_answer_the_paged_shape()
    {
        using var admin = await suite.ClientAsync("admin");
        var customer = (await suite.CreateCustomerAsync(admin)).GetProperty("id").GetGuid();
        using var self = await suite.ClientAsync("customer", customer);

        var mine = await (await self.GetAsync("/api/me/surveys?limit=5")).SuccessJsonAsync();
        var staff = await (await admin.GetAsync($"/api/surveys/invitations?customerId={customer}&limit=5")).SuccessJsonAsync();

        foreach (var page in new[] { mine, staff })
        {
            Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
            Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await self.GetAsync("/api/me/surveys?limit=500")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.GetAsync($"/api/surveys/invitations?customerId={customer}&cursor=bm90LWpzb24")).StatusCode);
    }
}
