using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Tickets;

/// <summary>Agents correct and re-prioritise tickets under If-Match; customers open, read and answer their own tickets.</summary>
[Collection(SuiteCollection.Name)]
public sealed class TicketChangesTests(SuiteFixture suite)
{
    private static HttpRequestMessage Patch(Guid id, object body, string? ifMatch) => new(HttpMethod.Patch, $"/api/tickets/{id}")
    {
        Content = JsonContent.Create(body),
        Headers = { IfMatch = { ifMatch is null ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch) } },
    };

    [Fact]
    public async Task Raising_the_priority_under_a_current_etag_tightens_the_deadlines_and_a_stale_etag_changes_nothing()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        using var opened = await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "phone", subject = "Router drops", description = "Every evening", priority = "low" });
        var ticket = await opened.SuccessJsonAsync();
        var id = ticket.GetProperty("id").GetGuid();
        var etag = opened.Headers.ETag!.Tag;
        var lowDue = ticket.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset();

        using var raised = await agent.SendAsync(Patch(id, new { priority = "urgent", productModel = "RT-300" }, etag));
        var changed = await raised.SuccessJsonAsync();
        Assert.Equal("urgent", changed.GetProperty("priority").GetString());
        Assert.Equal("RT-300", changed.GetProperty("productModel").GetString());
        Assert.Equal("Router drops", changed.GetProperty("subject").GetString());
        Assert.True(changed.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset() < lowDue);
        Assert.NotEqual(etag, raised.Headers.ETag!.Tag);

        using var stale = await agent.SendAsync(Patch(id, new { subject = "Lost update" }, etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal("Router drops", current.GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData("{\"subject\":\"  \"}", 422)]
    [InlineData("{\"priority\":\"whenever\"}", 400)]
    [InlineData("{\"subject\":", 400)]
    public async Task Invalid_changes_are_refused_with_problem_details(string body, int status)
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        using var opened = await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "web", subject = "s", description = "d", priority = "normal" });
        var id = (await opened.SuccessJsonAsync()).GetProperty("id").GetGuid();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/tickets/{id}") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        patch.Headers.IfMatch.Add(opened.Headers.ETag!);

        using var response = await agent.SendAsync(patch);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("s", (await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync()).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_customer_opens_a_ticket_answers_the_desk_and_their_reply_reopens_it()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync(owner: "paulo");
        using var _ = agent;
        using var self = await suite.ClientAsync("customer", customer);

        using var opened = await self.PostAsJsonAsync("/api/me/tickets", new { subject = "Parcel missing", description = "Order 1187 never arrived" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var ticket = await opened.SuccessJsonAsync();
        var id = ticket.GetProperty("id").GetGuid();
        Assert.Equal("web", ticket.GetProperty("channel").GetString());
        Assert.Equal("Support team", ticket.GetProperty("assignee").GetString()); // customers see a display name, never a staff id
        Assert.Equal("paulo", (await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync()).GetProperty("assigneeId").GetString());

        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "Which address?", @internal = false })).SuccessJsonAsync();
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "probably the old address", @internal = true })).SuccessJsonAsync();
        var pending = await (await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "pending" })).SuccessJsonAsync();
        Assert.True(pending.GetProperty("sla").GetProperty("paused").GetBoolean());

        var replied = await (await self.PostAsJsonAsync($"/api/me/tickets/{id}/comments", new { body = "Rua Nova 3, Porto" })).SuccessJsonAsync();
        Assert.Equal("open", replied.GetProperty("status").GetString());
        Assert.False(replied.GetProperty("sla").GetProperty("paused").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, replied.GetProperty("sla").GetProperty("nextReplyDueAt").ValueKind);
        var comments = replied.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(["Which address?", "Rua Nova 3, Porto"], comments.Select(c => c.GetProperty("body").GetString()));
        Assert.True(comments[1].GetProperty("fromCustomer").GetBoolean());

        var seen = await (await self.GetAsync($"/api/me/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal(2, seen.GetProperty("comments").GetArrayLength());
        var staffView = await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal(3, staffView.GetProperty("comments").GetArrayLength());

        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "resolved", resolution = "Re-sent" })).SuccessJsonAsync();
        var reopened = await (await self.PostAsJsonAsync($"/api/me/tickets/{id}/comments", new { body = "Still nothing" })).SuccessJsonAsync();
        Assert.Equal("open", reopened.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_customer_cannot_read_or_answer_someone_elses_ticket_nor_a_closed_one()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        var id = (await (await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "email", subject = "Refund", description = "Twice charged", priority = "high" })).SuccessJsonAsync()).GetProperty("id").GetGuid();

        using var stranger = await suite.ClientAsync("customer", Guid.CreateVersion7());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/me/tickets/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/me/tickets/{id}/comments", new { body = "hi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await stranger.PostAsJsonAsync("/api/me/tickets", new { subject = "s", description = "d" })).StatusCode);

        using var self = await suite.ClientAsync("customer", customer);
        Assert.Equal(422, (int)(await self.PostAsJsonAsync($"/api/me/tickets/{id}/comments", new { body = "" })).StatusCode);
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "resolved" })).SuccessJsonAsync();
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "closed" })).SuccessJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await self.PostAsJsonAsync($"/api/me/tickets/{id}/comments", new { body = "one more thing" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await agent.SendAsync(Patch(id, new { subject = "x" }, null))).StatusCode);
    }

    [Fact]
    public async Task Agents_commenting_on_one_ticket_at_the_same_moment_all_get_their_comments_saved()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        var id = (await (await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "chat", subject = "Busy", description = "d", priority = "normal" })).SuccessJsonAsync()).GetProperty("id").GetGuid();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var response = await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = $"note {i}", @internal = true });
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var stored = await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal(12, stored.GetProperty("comments").GetArrayLength());
        Assert.Equal(13, stored.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Two_agents_patching_one_version_at_once_one_wins_and_the_other_is_told_it_is_stale()
    {
        var (agent, customer) = await suite.CustomerKnownToTheDeskAsync();
        using var _ = agent;
        using var opened = await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "chat", subject = "Race", description = "d", priority = "normal" });
        var id = (await opened.SuccessJsonAsync()).GetProperty("id").GetGuid();
        var etag = opened.Headers.ETag!.Tag;

        var statuses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var response = await agent.SendAsync(Patch(id, new { subject = $"Race {i}" }, etag));
            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.PreconditionFailed, s));
        Assert.Equal(2, (await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync()).GetProperty("version").GetInt64());
    }
}
