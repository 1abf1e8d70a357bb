using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Customers;

[Collection(SuiteCollection.Name)]
public sealed class CustomersApiTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_customer_is_created_read_and_changed_only_with_a_current_etag()
    {
        using var agent = await suite.ClientAsync("agent");
        var unique = Guid.NewGuid().ToString("N")[..10];
        using var created = await agent.PostAsJsonAsync("/api/customers", new { firstName = "Rui", lastName = "Costa", email = $"rui.{unique}@example.com", birthYear = 1984, lifecycleStage = "lead" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!.Tag;

        using var stale = new HttpRequestMessage(HttpMethod.Patch, location) { Content = JsonContent.Create(new { city = "Porto" }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"999\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await agent.SendAsync(stale)).StatusCode);

        using var current = new HttpRequestMessage(HttpMethod.Patch, location) { Content = JsonContent.Create(new { city = "Porto" }) };
        current.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        using var changed = await agent.SendAsync(current);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);

        var read = await agent.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal("Porto", read.GetProperty("city").GetString());
        Assert.Equal("lead", read.GetProperty("lifecycleStage").GetString());

        using var duplicate = await agent.PostAsJsonAsync("/api/customers", new { firstName = "Other", lastName = "Person", email = $"RUI.{unique}@example.com " });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Theory]
    [InlineData("{\"firstName\":\"A\",", 400)]
    [InlineData("{\"firstName\":42,\"lastName\":\"B\",\"email\":\"x@example.com\"}", 400)]
    [InlineData("{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"x@example.com\",\"lifecycleStage\":\"zombie\"}", 400)]
    [InlineData("{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"not-an-email\"}", 422)]
    [InlineData("{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"x@example.com\",\"birthYear\":1700}", 422)]
    [InlineData("{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"x@example.com\",\"birthYear\":99999999999}", 400)]
    [InlineData("{\"lastName\":\"B\",\"email\":\"x@example.com\"}", 422)]
    [InlineData("[]", 400)]
    [InlineData("", 400)]
    public async Task Bad_input_gets_a_problem_and_creates_nothing(string body, int status)
    {
        using var agent = await suite.ClientAsync("agent");
        var marker = Guid.NewGuid().ToString("N")[..10];
        body = body.Replace("x@example.com", $"{marker}@example.com", StringComparison.Ordinal);

        using var response = await agent.PostAsync("/api/customers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _));
        var found = await agent.GetFromJsonAsync<JsonElement>($"/api/customers?q={marker}");
        Assert.Equal(0, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Oversized_values_are_rejected_per_field()
    {
        using var agent = await suite.ClientAsync("agent");
        using var response = await agent.PostAsJsonAsync("/api/customers", new { firstName = new string('a', 101), lastName = "B", email = "big@example.com", city = new string('c', 500) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("firstName", out _));
        Assert.True(errors.TryGetProperty("city", out _));
    }

    [Fact]
    public async Task A_repeated_post_with_the_same_idempotency_key_creates_one_customer()
    {
        using var agent = await suite.ClientAsync("agent");
        var unique = Guid.NewGuid().ToString("N")[..10];
        var body = new { firstName = "Idem", lastName = "Potent", email = $"idem.{unique}@example.com" };
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/customers") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", unique } } };

        using var first = await agent.SendAsync(Request());
        using var second = await agent.SendAsync(Request());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var found = await agent.GetFromJsonAsync<JsonElement>($"/api/customers?q=idem.{unique}");
        Assert.Equal(1, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Search_pages_with_a_cursor_and_finds_by_name_email_or_phone()
    {
        using var agent = await suite.ClientAsync("agent");
        var surname = "Page" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await suite.CreateCustomerAsync(agent, new { firstName = $"P{i}", lastName = surname, email = $"{surname}.{i}@example.com", phone = $"+351 91 000 00{i}{surname.Length}" });
        }

        var first = await agent.GetFromJsonAsync<JsonElement>($"/api/customers?q={surname}&limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await agent.GetFromJsonAsync<JsonElement>($"/api/customers?q={surname}&limit=2&cursor={Uri.EscapeDataString(cursor!)}");

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.GetAsync("/api/customers?limit=500")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await agent.GetAsync("/api/customers?cursor=forged")).StatusCode);
    }
}
