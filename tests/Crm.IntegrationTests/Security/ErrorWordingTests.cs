using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>Problem details say what was wrong in the API's words, with the field, and nothing about how it is built.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ErrorWordingTests(SuiteFixture suite)
{
    private static readonly string[] ImplementationWords =
        ["Crm.", "System.", "Nullable", "Int32", "DateTimeOffset", "Microsoft.", "Request request", "parameter \"", "BytePositionInLine", "Path: $", "Exception"];

    public static TheoryData<string, string, string, string> WrongBodies() => new()
    {
        { "POST", "/api/customers", """{"firstName":"A","lastName":"B","email":"wrong-kind@example.com","birthYear":"nineteen-ninety"}""", "birthYear" },
        { "POST", "/api/customers", """{"firstName":"A","lastName":"B","email":"wrong-kind@example.com","lifecycleStage":"vip"}""", "lifecycleStage" },
        { "POST", "/api/customers", """{"firstName":["A"],"lastName":"B","email":"wrong-kind@example.com"}""", "firstName" },
        { "POST", "/api/tickets", """{"customerId":"not-an-id","channel":"web","subject":"s","description":"d"}""", "customerId" },
    };

    [Theory]
    [MemberData(nameof(WrongBodies))]
    public async Task A_value_of_the_wrong_kind_is_named_by_its_field_without_dotnet_types(string method, string path, string body, string field)
    {
        using var admin = await suite.ClientAsync("admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        using var response = await admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        AssertNoImplementationWords(text);
    }

    [Fact]
    public async Task A_purchase_date_that_is_not_a_date_says_it_must_be_a_date_and_time()
    {
        using var admin = await suite.ClientAsync("admin");
        var customer = (await suite.CreateCustomerAsync(admin)).GetProperty("id").GetGuid();

        using var response = await admin.PostAsync($"/api/customers/{customer}/purchases", new StringContent(
            """{"sku":"S","productModel":"M","category":"c","amount":1,"currency":"EUR","purchasedAt":"yesterday"}""", Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("purchasedAt")[0].GetString();
        Assert.Contains("date and time", message, StringComparison.Ordinal);
        AssertNoImplementationWords(text);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"firstName": }""")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task A_body_that_is_not_the_expected_json_says_so_without_dotnet_types(string body)
    {
        using var admin = await suite.ClientAsync("admin");

        using var response = await admin.PostAsync("/api/customers", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoImplementationWords(text);
    }

    [Fact]
    public async Task A_body_sent_as_text_asks_for_json()
    {
        using var admin = await suite.ClientAsync("admin");

        using var response = await admin.PostAsync("/api/customers", new StringContent("firstName=A", Encoding.UTF8, "text/plain"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", text, StringComparison.Ordinal);
        AssertNoImplementationWords(text);
    }

    [Theory]
    [InlineData("/api/customers?limit=many", "limit")]
    [InlineData("/api/customers?lifecycleStage=vip", "lifecycleStage")]
    [InlineData("/api/tickets?customerId=someone", "customerId")]
    [InlineData("/api/tickets/reports/sla?from=last-week", "from")]
    public async Task A_query_value_that_cannot_be_read_names_the_parameter_only(string path, string name)
    {
        using var admin = await suite.ClientAsync("admin");

        using var response = await admin.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(name, out _), text);
        AssertNoImplementationWords(text);
    }

    [Fact]
    public async Task A_valid_body_still_goes_through()
    {
        using var admin = await suite.ClientAsync("admin");

        using var response = await admin.PostAsJsonAsync("/api/customers", new { firstName = "Ana", lastName = "Words", email = $"words.{Guid.NewGuid():N}@example.com" });

        await response.SuccessJsonAsync();
    }

    private static void AssertNoImplementationWords(string body)
    {
        foreach (var word in ImplementationWords)
        {
            Assert.False(body.Contains(word, StringComparison.Ordinal), $"the answer names '{word}': {body}");
        }
    }
}
