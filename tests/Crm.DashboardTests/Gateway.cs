using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.DashboardTests;

/// <summary>Requests through the suite's gateway, as a staff client makes them.</summary>
public static class Gateway
{
    /// <summary>Registers a customer (which raises CustomerRegistered for every other service) and returns the request's trace id.</summary>
    public static async Task<string> RegisterCustomerAsync(Uri gateway)
    {
        using var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        using (var token = await client.PostAsJsonAsync("/dev/token", new { subject = "ops-check", roles = new[] { "admin" } }))
        {
            token.EnsureSuccessStatusCode();
            var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        var unique = Guid.NewGuid().ToString("N")[..10];
        using var created = await client.PostAsJsonAsync("/api/customers",
            new { firstName = "Inês", lastName = $"Ramos{unique}", email = $"ines.{unique}@example.com", country = "PT", lifecycleStage = "customer" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // Without a correlation id of its own, the gateway answers with the request's trace id.
        return created.Headers.GetValues("X-Correlation-Id").Single();
    }
}
