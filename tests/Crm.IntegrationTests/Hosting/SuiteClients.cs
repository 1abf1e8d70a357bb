using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.IntegrationTests.Hosting;

/// <summary>HttpClients that talk to the running suite through its gateway, as web, mobile and partner clients do.</summary>
public static class SuiteClients
{
    public static async Task<HttpClient> ClientAsync(this SuiteFixture suite, string role, Guid? customerId = null, string? subject = null)
    {
        var token = await suite.TokenAsync(subject ?? $"{role}-{Guid.NewGuid():N}"[..16], [role], customerId);
        var client = suite.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> TokenAsync(this SuiteFixture suite, string subject, string[] roles, Guid? customerId = null)
    {
        using var client = suite.AnonymousClient();
        using var response = await client.PostAsJsonAsync("/dev/token", new { subject, roles, customerId });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public static HttpClient AnonymousClient(this SuiteFixture suite) =>
        new() { BaseAddress = suite.GatewayUrl, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A client that connects from another loopback address, i.e. another client IP for the gateway's limits.</summary>
    public static HttpClient AnonymousClientFrom(this SuiteFixture suite, System.Net.IPAddress localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                try
                {
                    socket.Bind(new System.Net.IPEndPoint(localAddress, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = suite.GatewayUrl };
    }

    public static HttpClient PartnerClient(this SuiteFixture suite, string apiKey)
    {
        var client = suite.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Registers a customer with a unique email and returns the created resource.</summary>
    public static async Task<JsonElement> CreateCustomerAsync(this SuiteFixture suite, HttpClient staff, object? overrides = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        var body = overrides ?? new { firstName = "Ana", lastName = $"Silva{unique}", email = $"ana.{unique}@example.com", country = "PT", lifecycleStage = "customer" };
        using var response = await staff.PostAsJsonAsync("/api/customers", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The body of a successful response; a failure names its status and problem.</summary>
    public static async Task<JsonElement> SuccessJsonAsync(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
