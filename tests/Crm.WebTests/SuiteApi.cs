using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.WebTests;

/// <summary>Sets the scene through the gateway's API, as another client would: customers, tickets, surveys.</summary>
public sealed class SuiteApi(Uri gateway)
{
    public async Task<HttpClient> StaffAsync(string role = "admin")
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        using var token = await client.PostAsJsonAsync("/dev/token", new { subject = $"{role}-setup", roles = new[] { role } });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The customer record the identity service linked to <c>customer@crm.local</c> (created once the customers API answers).</summary>
    public async Task<Guid> SeededCustomerIdAsync()
    {
        using var staff = await StaffAsync();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var page = await Json(await staff.GetAsync("/api/customers?q=customer@crm.local"));
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault(c => c.GetProperty("email").GetString() == "customer@crm.local") is { ValueKind: JsonValueKind.Object } found)
            {
                return found.GetProperty("id").GetGuid();
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, "the seeded customer record did not appear");
            await Task.Delay(500);
        }
    }

    public async Task<Guid> CreateTicketAsync(Guid customerId, string subject, string priority = "normal")
    {
        using var staff = await StaffAsync();
        var ticket = await Json(await staff.PostAsJsonAsync("/api/tickets",
            new { customerId, channel = "web", subject, description = "The blender stopped working after a week.", priority }));
        return ticket.GetProperty("id").GetGuid();
    }

    public async Task<Guid> CreateCustomerAsync(string lastName)
    {
        using var staff = await StaffAsync();
        var unique = Guid.NewGuid().ToString("N")[..10];
        var customer = await Json(await staff.PostAsJsonAsync("/api/customers",
            new { firstName = "Marta", lastName, email = $"marta.{unique}@example.com", country = "PT", city = "Porto", lifecycleStage = "customer" }));
        return customer.GetProperty("id").GetGuid();
    }

    /// <summary>A published NPS survey with a follow-up question shown only to detractors, and an invitation for the customer.</summary>
    public async Task<string> InviteToSurveyAsync(Guid customerId, string title)
    {
        using var staff = await StaffAsync();
        await Json(await staff.PutAsJsonAsync($"/api/customers/{customerId}/consents", new { purpose = "marketing", channel = "email", granted = true }));
        var survey = await Json(await staff.PostAsJsonAsync("/api/surveys", new
        {
            title,
            kind = "nps",
            questions = new object[]
            {
                new { key = "nps", type = "nps", text = "How likely are you to recommend us to a friend?", required = true },
                new { key = "why", type = "text", text = "What should we do better?", required = false, showIf = new { key = "nps", @in = new[] { "0", "1", "2", "3", "4", "5", "6" } } },
            },
        }));
        var surveyId = survey.GetProperty("id").GetGuid();
        await Json(await staff.PostAsync($"/api/surveys/{surveyId}/publish", null));
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        while (true)
        {
            // The customer's consent reaches the surveys service by an event: invite until it has arrived.
            var result = await Json(await staff.PostAsJsonAsync($"/api/surveys/{surveyId}/invitations", new { customerIds = new[] { customerId }, channel = "email" }));
            if (result.GetProperty("invited").GetArrayLength() > 0)
            {
                break;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"the customer was not invited: {result}");
            await Task.Delay(500);
        }

        var client = new HttpClient { BaseAddress = gateway };
        using var token = await client.PostAsJsonAsync("/dev/token", new { subject = $"customer-{customerId:N}", roles = new[] { "customer" }, customerId });
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var open = await Json(await client.GetAsync("/api/me/surveys"));
        return open.GetProperty("items").EnumerateArray().First(i => i.GetProperty("title").GetString() == title).GetProperty("token").GetString()!;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
