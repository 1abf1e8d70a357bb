using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>A paging cursor is what it claims: one the service issued, unchanged.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CursorTamperingTests(SuiteFixture suite)
{
    [Fact]
    public async Task An_issued_cursor_pages_on_and_a_forged_or_altered_one_is_refused_as_not_issued_here()
    {
        using var agent = await suite.ClientAsync("agent");
        var surname = "Cursor" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await suite.CreateCustomerAsync(agent, new { firstName = $"C{i}", lastName = surname, email = $"{surname}.{i}@example.com" });
        }

        var first = await agent.GetFromJsonAsync<JsonElement>($"/api/customers?q={surname}&limit=1");
        var issued = first.GetProperty("nextCursor").GetString()!;
        var payload = issued[..issued.IndexOf('.', StringComparison.Ordinal)];
        var tag = issued[(issued.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var forgedPayload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { Key = "", Id = Guid.Empty }));

        using var next = await agent.GetAsync($"/api/customers?q={surname}&limit=1&cursor={Uri.EscapeDataString(issued)}");
        await next.SuccessJsonAsync();
        foreach (var forged in new[]
        {
            forgedPayload,
            $"{forgedPayload}.{tag}",
            $"{payload}.{Flip(tag)}",
            $"{Flip(payload)}.{tag}",
            payload,
        })
        {
            using var response = await agent.GetAsync($"/api/customers?q={surname}&limit=1&cursor={Uri.EscapeDataString(forged)}");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("Not a cursor this service issued", JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("cursor")[0].GetString(), StringComparison.Ordinal);
        }
    }

    private static string Flip(string base64Url)
    {
        var chars = base64Url.ToCharArray();
        chars[0] = chars[0] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
