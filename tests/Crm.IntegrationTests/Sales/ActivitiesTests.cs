using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Sales;

[Collection(SuiteCollection.Name)]
public sealed class ActivitiesTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_completed_call_lands_on_the_timeline_and_the_next_follow_up_warns_about_contact_pressure()
    {
        var owner = $"agent-{Guid.NewGuid():N}"[..16];
        using var agent = await suite.ClientAsync("agent", subject: owner);
        var customerId = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();

        using var planned = await agent.PostAsJsonAsync($"/api/customers/{customerId}/activities", new { type = "call", subject = "Talk through the quote", dueAt = DateTimeOffset.UtcNow.AddHours(-1) });
        var call = await planned.SuccessJsonAsync();
        Assert.Equal((owner, "open", JsonValueKind.Null), (call.GetProperty("ownerId").GetString(), call.GetProperty("status").GetString(), call.GetProperty("warning").ValueKind));
        using var task = await agent.PostAsJsonAsync($"/api/customers/{customerId}/activities", new { type = "task", subject = "Prepare the contract", dueAt = DateTimeOffset.UtcNow.AddDays(3) });
        var taskId = (await task.SuccessJsonAsync()).GetProperty("id").GetGuid();

        Assert.Single((await agent.GetFromJsonAsync<JsonElement>("/api/activities?due=overdue")).GetProperty("items").EnumerateArray());
        var week = (await agent.GetFromJsonAsync<JsonElement>($"/api/activities?ownerId={owner}&due=week")).GetProperty("items").EnumerateArray();
        Assert.Contains(taskId, week.Select(a => a.GetProperty("id").GetGuid()));

        var path = $"/api/activities/{call.GetProperty("id")}/complete";
        using var done = await agent.PostAsJsonAsync(path, new { outcome = "Will sign on Monday" });
        Assert.Equal("completed", (await done.SuccessJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync(path, new { outcome = "Again" })).StatusCode);
        var latest = (await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{customerId}/timeline?limit=1")).GetProperty("items")[0];
        Assert.Equal("interaction", latest.GetProperty("type").GetString());
        Assert.Contains("Will sign on Monday", latest.GetProperty("summary").GetString());
        Assert.Empty((await agent.GetFromJsonAsync<JsonElement>("/api/activities?due=overdue")).GetProperty("items").EnumerateArray());

        using var followUp = await agent.PostAsJsonAsync($"/api/customers/{customerId}/activities", new { type = "email", subject = "Send the signed copy", dueAt = DateTimeOffset.UtcNow.AddDays(1) });
        Assert.Contains("contact-pressure window", (await followUp.SuccessJsonAsync()).GetProperty("warning").GetString());
    }

    [Fact]
    public async Task Bad_activities_answer_with_problem_details()
    {
        using var agent = await suite.ClientAsync("agent");
        using var marketer = await suite.ClientAsync("marketer");
        var customerId = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PostAsJsonAsync($"/api/customers/{customerId}/activities", new { subject = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync($"/api/customers/{customerId}/activities", new { type = "fax", subject = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsJsonAsync($"/api/customers/{Guid.NewGuid()}/activities", new { type = "call", subject = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsJsonAsync($"/api/activities/{Guid.NewGuid()}/complete", new { outcome = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.PostAsJsonAsync($"/api/activities/{Guid.NewGuid()}/complete", new { outcome = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.GetAsync("/api/activities?due=someday")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await marketer.PostAsJsonAsync($"/api/customers/{customerId}/activities", new { type = "call", subject = "x" })).StatusCode);
    }
}
