using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Tickets;

[Collection(SuiteCollection.Name)]
public sealed class TicketsApiTests(SuiteFixture suite)
{
    private static Task<JsonElement> Json(HttpResponseMessage response) => response.SuccessJsonAsync();

    [Fact]
    public async Task A_ticket_goes_from_new_to_closed_with_its_first_response_and_the_customer_timeline_shows_it()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        var ticket = await Json(await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "email", subject = "Screen flickers", description = "Since the update", priority = "high", productModel = "Aria X2" }));
        var id = ticket.GetProperty("id").GetGuid();
        Assert.Equal("new", ticket.GetProperty("status").GetString());
        Assert.Equal("olga", ticket.GetProperty("assigneeId").GetString());
        Assert.True(ticket.GetProperty("sla").GetProperty("firstResponseDueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);

        await Json(await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "Checking with engineering", @internal = true }));
        var replied = await Json(await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "We are on it", @internal = false }));
        Assert.Equal("open", replied.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, replied.GetProperty("firstResponseAt").ValueKind);

        var pending = await Json(await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "pending" }));
        Assert.True(pending.GetProperty("sla").GetProperty("paused").GetBoolean());
        await Json(await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "resolved", resolution = "Firmware 2.1 fixes it" }));
        await Json(await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "closed" }));
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "resolved" })).StatusCode);

        await Eventually.UntilAsync(async () =>
        {
            var timeline = await Json(await agent.GetAsync($"/api/customers/{customer}/timeline"));
            return timeline.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("type").GetString() == "ticket-resolved" && i.GetProperty("refId").GetString() == id.ToString());
        }, because: "the customers service puts TicketResolved on the timeline");

        var report = await Json(await agent.GetAsync($"/api/tickets/reports/sla?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}"));
        Assert.True(report.GetProperty("byStatus").GetProperty("closed").GetInt32() >= 1);
    }

    [Fact]
    public async Task Customers_see_only_their_own_tickets_without_internal_notes()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        var id = (await Json(await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "chat", subject = "Invoice", description = "Wrong address", priority = "low" }))).GetProperty("id").GetGuid();
        await Json(await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "internal only", @internal = true }));

        using var self = await suite.ClientAsync("customer", customer);
        var mine = await Json(await self.GetAsync("/api/me/tickets"));
        var only = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(id, only.GetProperty("id").GetGuid());
        Assert.Equal(0, only.GetProperty("comments").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await self.GetAsync($"/api/tickets/{id}")).StatusCode);

        using var stranger = await suite.ClientAsync("customer", Guid.CreateVersion7());
        Assert.Equal(0, (await Json(await stranger.GetAsync("/api/me/tickets"))).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"channel\":\"email\",\"subject\":\"s\",\"description\":\"d\",\"priority\":\"low\"}", 422)]
    [InlineData("{\"customerId\":\"00000000-0000-0000-0000-000000000001\",\"channel\":\"email\",\"subject\":\"s\",\"description\":\"d\",\"priority\":\"low\"}", 422)]
    [InlineData("{\"customerId\":\"CUSTOMER\",\"channel\":\"pigeon\",\"subject\":\"s\",\"description\":\"d\",\"priority\":\"low\"}", 400)]
    [InlineData("{\"customerId\":\"CUSTOMER\",\"channel\":\"email\",\"subject\":\"\",\"description\":\"d\",\"priority\":\"low\"}", 422)]
    [InlineData("{\"customerId\":\"CUSTOMER\",\"channel\":\"email\",\"subject\":\"s\",\"description\":\"d\",\"priority\":\"panic\"}", 400)]
    public async Task Bad_tickets_are_refused_and_nothing_is_opened(string body, int status)
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        using var response = await agent.PostAsync("/api/tickets", new StringContent(body.Replace("CUSTOMER", customer.ToString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(0, (await Json(await agent.GetAsync($"/api/tickets?customerId={customer}"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Marketers_have_no_access_to_the_desk()
    {
        using var marketer = await suite.ClientAsync("marketer");
        Assert.Equal(HttpStatusCode.Forbidden, (await marketer.GetAsync("/api/tickets")).StatusCode);
    }
}
