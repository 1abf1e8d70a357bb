using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Tickets;

[Collection(SuiteCollection.Name)]
public sealed class DeskAdministrationTests(SuiteFixture suite)
{
    private static Task<JsonElement> Json(HttpResponseMessage response) => response.SuccessJsonAsync();

    [Fact]
    public async Task An_admin_sets_sla_targets_and_new_tickets_follow_them()
    {
        using var admin = await suite.ClientAsync("admin");
        using var agent = await suite.ClientAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync("/api/tickets/sla-policies", new { priority = "urgent", firstResponseMinutes = 5, nextReplyMinutes = 10, resolutionMinutes = 60 })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PutAsJsonAsync("/api/tickets/sla-policies", new { priority = "urgent", firstResponseMinutes = 90, nextReplyMinutes = 10, resolutionMinutes = 60 })).StatusCode);
        await Json(await admin.PutAsJsonAsync("/api/tickets/sla-policies", new { priority = "urgent", firstResponseMinutes = 15, nextReplyMinutes = 30, resolutionMinutes = 240 }));

        var customer = (await suite.CreateCustomerAsync(admin)).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await admin.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode);
        var before = DateTimeOffset.UtcNow;
        var ticket = await Json(await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "phone", subject = "Outage", description = "d", priority = "urgent" }));
        var due = ticket.GetProperty("sla").GetProperty("firstResponseDueAt").GetDateTimeOffset();
        Assert.InRange(due, before.AddMinutes(15), DateTimeOffset.UtcNow.AddMinutes(15));

        var policies = await Json(await agent.GetAsync("/api/tickets/sla-policies"));
        Assert.Equal(15, policies.EnumerateArray().Single(p => p.GetProperty("priority").GetString() == "urgent").GetProperty("firstResponseMinutes").GetInt32());
    }

    [Fact]
    public async Task A_manager_works_the_desk_like_an_agent_and_sets_its_targets()
    {
        using var manager = await suite.ClientAsync("manager");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/customers?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/tickets?limit=1")).StatusCode);

        var policies = await Json(await manager.GetAsync("/api/tickets/sla-policies"));
        var low = policies.EnumerateArray().Single(p => p.GetProperty("priority").GetString() == "low");
        var same = new
        {
            priority = "low",
            firstResponseMinutes = low.GetProperty("firstResponseMinutes").GetInt32(),
            nextReplyMinutes = low.GetProperty("nextReplyMinutes").GetInt32(),
            resolutionMinutes = low.GetProperty("resolutionMinutes").GetInt32(),
        };
        await Json(await manager.PutAsJsonAsync("/api/tickets/sla-policies", same));
    }

    [Fact]
    public async Task A_macro_replies_and_moves_the_ticket_in_one_step()
    {
        using var admin = await suite.ClientAsync("admin");
        var name = "Ask for logs " + Guid.NewGuid().ToString("N")[..6];
        var macro = await Json(await admin.PostAsJsonAsync("/api/tickets/macros", new { name, body = "Could you send us the device logs?", setStatus = "pending" }));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/tickets/macros", new { name, body = "again" })).StatusCode);

        var customer = (await suite.CreateCustomerAsync(admin)).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await admin.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode);
        var ticket = (await Json(await admin.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "chat", subject = "Crash", description = "d", priority = "normal" }))).GetProperty("id").GetGuid();

        var applied = await Json(await admin.PostAsync($"/api/tickets/{ticket}/macros/{macro.GetProperty("id").GetGuid()}/apply", null));
        Assert.Equal("pending", applied.GetProperty("status").GetString());
        Assert.Equal("Could you send us the device logs?", applied.GetProperty("comments")[0].GetProperty("body").GetString());
        Assert.NotEqual(JsonValueKind.Null, applied.GetProperty("firstResponseAt").ValueKind);

        var reopened = await Json(await admin.PostAsJsonAsync($"/api/tickets/{ticket}/status", new { status = "open" }));
        Assert.NotEqual(JsonValueKind.Null, reopened.GetProperty("sla").GetProperty("nextReplyDueAt").ValueKind);
    }
}
