using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>An update of a resource that has an ETag must name the version it changes: without If-Match → 428, nothing changes.</summary>
[Collection(SuiteCollection.Name)]
public sealed class PreconditionTests(SuiteFixture suite)
{
    private static HttpRequestMessage Patch(string path, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static async Task AssertPreconditionRequiredAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(428, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_customer_patch_without_if_match_is_428_and_changes_nothing_for_staff_and_for_the_customer()
    {
        using var agent = await suite.ClientAsync("agent");
        var customer = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        using var self = await suite.ClientAsync("customer", customer);

        using (var staffPatch = await agent.SendAsync(Patch($"/api/customers/{customer}", new { city = "Braga" })))
        {
            await AssertPreconditionRequiredAsync(staffPatch);
        }

        using (var selfPatch = await self.SendAsync(Patch("/api/me", new { city = "Braga" })))
        {
            await AssertPreconditionRequiredAsync(selfPatch);
        }

        using var read = await agent.GetAsync($"/api/customers/{customer}");
        Assert.NotEqual("Braga", (await read.SuccessJsonAsync()).TryGetProperty("city", out var city) ? city.GetString() : null);
        using var withEtag = await self.SendAsync(Patch("/api/me", new { city = "Braga" }, read.Headers.ETag!.Tag));
        Assert.Equal("Braga", (await withEtag.SuccessJsonAsync()).GetProperty("city").GetString());
    }

    [Fact]
    public async Task A_ticket_patch_without_if_match_is_428_and_changes_nothing()
    {
        using var agent = await suite.ClientAsync("agent");
        var customer = (await suite.CreateCustomerAsync(agent)).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode, because: "the desk knows the customer");
        using var opened = await agent.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "phone", subject = "Original", description = "d", priority = "low" });
        var id = (await opened.SuccessJsonAsync()).GetProperty("id").GetGuid();

        using var patch = await agent.SendAsync(Patch($"/api/tickets/{id}", new { subject = "Changed", priority = "urgent" }));

        await AssertPreconditionRequiredAsync(patch);
        var current = await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal("Original", current.GetProperty("subject").GetString());
        Assert.Equal("low", current.GetProperty("priority").GetString());
    }
}
