using Aspire.Hosting.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Contracts;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Channels;

/// <summary>The suite's MailDev, read through its REST API (<c>GET /api/email</c>): every mail the suite sent.</summary>
public sealed class MailCatcher(SuiteFixture suite)
{
    public Uri Url => suite.Suite.App.GetEndpoint(ResourceNames.Smtp, "http");

    public async Task<List<JsonElement>> AllAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        return [.. (await client.GetFromJsonAsync<JsonElement>("/api/email")).EnumerateArray()];
    }

    /// <summary>The first mail to <paramref name="recipient"/> that matches, waiting for it to arrive.</summary>
    public async Task<JsonElement> WaitForAsync(string recipient, Func<JsonElement, bool> matches, string because, TimeSpan? timeout = null) =>
        await Eventually.ValueAsync<JsonElement>(async () => (await AllAsync()).Where(m => IsTo(m, recipient) && matches(m)).Cast<JsonElement?>().FirstOrDefault(),
            timeout ?? TimeSpan.FromSeconds(30), because);

    public async Task<int> CountToAsync(string recipient) => (await AllAsync()).Count(m => IsTo(m, recipient));

    public static bool IsTo(JsonElement mail, string recipient) =>
        mail.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetProperty("address").GetString(), recipient, StringComparison.OrdinalIgnoreCase));

    public static string Subject(JsonElement mail) => mail.GetProperty("subject").GetString() ?? "";

    public static string Text(JsonElement mail) => mail.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";

    public static string Header(JsonElement mail, string name) =>
        mail.GetProperty("headers").TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
}
