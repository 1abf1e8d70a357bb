using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Crm.Identity.Development;
using Crm.Identity.Keys;
using Crm.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace Crm.Identity.Customers;

/// <summary>
/// Finds the customer record with a login's email, or creates one (a <c>lead</c>) through the customers API, so a
/// confirmed login carries <c>customer_id</c>. The identity service calls as itself: a short token it signs for its own use.
/// </summary>
public sealed class CustomerRecords(IHttpClientFactory clients, KeyRing keys, IOptions<IdentitySettings> settings, TimeProvider time)
{
    public const string ClientName = "customers";

    public async Task<Guid> FindOrCreateAsync(string email, string name, string lifecycleStage, CancellationToken ct)
    {
        using var client = clients.CreateClient(ClientName);
        var token = DevTokenApi.Create(keys, settings.Value, time, "identity-service", [CrmRoles.Admin], null, TimeSpan.FromMinutes(5));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var (first, last) = SplitName(name, email);
        using var created = await client.PostAsJsonAsync("/api/customers", new { firstName = first, lastName = last, email, lifecycleStage }, ct);
        if (created.StatusCode == HttpStatusCode.Created)
        {
            return (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        }

        if (created.StatusCode != HttpStatusCode.Conflict)
        {
            throw new HttpRequestException($"The customers service answered {(int)created.StatusCode} to a new customer record.");
        }

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/customers?q={Uri.EscapeDataString(email)}&limit=200", ct);
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            if (string.Equals(item.GetProperty("email").GetString(), email, StringComparison.OrdinalIgnoreCase))
            {
                return item.GetProperty("id").GetGuid();
            }
        }

        throw new HttpRequestException("The customers service holds the email but did not list its record.");
    }

    private static (string First, string Last) SplitName(string name, string email)
    {
        var parts = name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            2 => (parts[0], parts[1]),
            1 => (parts[0], parts[0]),
            _ => (email.Split('@')[0], email.Split('@')[0]),
        };
    }
}
