using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.IntegrationTests.Hosting;
using CsCheck;

namespace Crm.IntegrationTests.Security;

/// <summary>Random and mutated JSON bodies against every write route: a client's mistake is never a 5xx.</summary>
[Collection(SuiteCollection.Name)]
public sealed class WriteRouteFuzzTests(SuiteFixture suite)
{
    private static readonly Gen<JsonNode?> AnyValue = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
        Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 1e308)),
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Char.Array[0, 600].Select(c => (JsonNode?)JsonValue.Create(new string(c))),
        Gen.Const<JsonNode?>(JsonValue.Create("2026-13-45T99:99:99Z")),
        Gen.Const<JsonNode?>(JsonValue.Create("00000000-0000-0000-0000-000000000000")),
        Gen.Const<JsonNode?>(new JsonArray(1, "two", null)),
        Gen.Const<JsonNode?>(new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray() } }));

    /// <summary>A valid body with one field replaced, removed or added, or raw text that may not be JSON at all.</summary>
    private static Gen<string> BodiesFrom(JsonObject template)
    {
        var fields = template.Select(p => p.Key).ToArray();
        var mutated = Gen.Select(Gen.Int[0, fields.Length - 1], AnyValue, Gen.Int[0, 2], (i, value, how) =>
        {
            var body = template.DeepClone().AsObject();
            switch (how)
            {
                case 0: body[fields[i]] = value?.DeepClone(); break;
                case 1: body.Remove(fields[i]); break;
                default: body["unexpected" + i] = value?.DeepClone(); break;
            }

            return body.ToJsonString();
        });
        var raw = Gen.OneOf(Gen.String, Gen.Const("{"), Gen.Const("null"), Gen.Const("[]"), Gen.Const("\"text\""), Gen.Const("{\"a\":}"),
            Gen.Int[1, 200].Select(depth => new string('[', depth) + new string(']', depth)));
        return Gen.Frequency((4, mutated), (1, raw));
    }

    [Fact]
    public async Task No_write_route_answers_a_malformed_or_mutated_body_with_a_server_error()
    {
        using var admin = await suite.ClientAsync("admin");
        var customer = (await suite.CreateCustomerAsync(admin)).GetProperty("id").GetGuid();
        using var self = await suite.ClientAsync("customer", customer);
        using var segmentResponse = await admin.PostAsJsonAsync("/api/segments", new { name = "Fuzz", rules = new { all = new[] { new { field = "country", op = "eq", value = "PT" } } } });
        var segment = (await segmentResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await admin.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode);
        using var ticketResponse = await admin.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "web", subject = "s", description = "d", priority = "low" });
        var ticket = (await ticketResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var surveyResponse = await admin.PostAsJsonAsync("/api/surveys", new { title = "F", kind = "custom", questions = new[] { new { key = "q", type = "rating", text = "t", required = true } } });
        var survey = (await surveyResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await admin.PostAsync($"/api/surveys/{survey}/publish", null);
        using var partnerResponse = await admin.PostAsJsonAsync("/api/partners", new { name = "Fuzz", industry = "testing" });
        var partner = (await partnerResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var keyResponse = await admin.PostAsJsonAsync($"/api/partners/{partner}/keys", new { scopes = new[] { "overlap:query", "contributions:write", "surveys:submit" } });
        using var partnerClient = suite.PartnerClient((await keyResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
        const string hash = "a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3";

        var routes = new (HttpClient Client, string Method, string Path, JsonObject Template)[]
        {
            (admin, "POST", "/api/customers", Json(new { firstName = "A", lastName = "B", email = "fuzz@example.com", phone = "+351 1", birthYear = 1990, lifecycleStage = "lead" })),
            (admin, "PATCH", $"/api/customers/{customer}", Json(new { city = "Lisboa", birthYear = 1991, lifecycleStage = "customer" })),
            (admin, "PUT", $"/api/customers/{customer}/consents", Json(new { purpose = "marketing", channel = "email", granted = true })),
            (admin, "POST", $"/api/customers/{customer}/interactions", Json(new { channel = "phone", direction = "inbound", summary = "s", outcome = "o" })),
            (admin, "POST", $"/api/customers/{customer}/purchases", Json(new { sku = "S", productModel = "M", category = "c", amount = 1.5m, currency = "EUR", purchasedAt = "2026-01-01T00:00:00Z", sourceCode = "X" })),
            (self, "PATCH", "/api/me", Json(new { city = "Faro" })),
            (self, "PUT", "/api/me/consents", Json(new { purpose = "partner-sharing", granted = false })),
            (admin, "POST", "/api/segments", Json(new { name = "S", rules = new { all = new object[] { new { field = "totalSpent", op = "gt", value = 10 } } } })),
            (admin, "POST", "/api/campaigns", Json(new { name = "C", segmentId = segment, channel = "email", subject = "Hi", body = "Hello {{firstName}}", sourceCode = "FZ" })),
            (admin, "POST", "/api/tickets", Json(new { customerId = customer, channel = "email", subject = "s", description = "d", priority = "high", category = "c", productModel = "m" })),
            (admin, "POST", $"/api/tickets/{ticket}/comments", Json(new { body = "b", @internal = false })),
            (admin, "POST", $"/api/tickets/{ticket}/assign", Json(new { assigneeId = "ana" })),
            (admin, "POST", $"/api/tickets/{ticket}/status", Json(new { status = "pending", resolution = "r" })),
            (admin, "PATCH", $"/api/tickets/{ticket}", Json(new { subject = "s2", description = "d2", priority = "urgent", category = "c", productModel = "m" })),
            (self, "POST", "/api/me/tickets", Json(new { subject = "s", description = "d", category = "c", productModel = "m" })),
            (self, "POST", $"/api/me/tickets/{ticket}/comments", Json(new { body = "b" })),
            (admin, "POST", "/api/surveys", Json(new { title = "T", kind = "nps", questions = new[] { new { key = "n", type = "nps", text = "t", required = true } } })),
            (admin, "POST", $"/api/surveys/{survey}/invitations", Json(new { customerIds = new[] { customer }, channel = "email" })),
            (admin, "POST", "/api/partners", Json(new { name = "P", industry = "i" })),
            (admin, "POST", $"/api/partners/{partner}/keys", Json(new { scopes = new[] { "customers:read" }, expiresAt = "2030-01-01T00:00:00Z" })),
            (admin, "POST", $"/api/partners/{partner}/agreements", Json(new { attributes = new[] { "city" }, purpose = "p", expiresAt = "2030-01-01T00:00:00Z" })),
            (partnerClient, "POST", "/partner/v1/overlap", Json(new { hashedEmails = new[] { hash } })),
            (partnerClient, "POST", "/partner/v1/contributions", Json(new { records = new[] { new { hashedEmail = hash, attributes = new { tier = "gold" } } } })),
            (partnerClient, "POST", "/partner/v1/survey-responses", Json(new { surveyId = survey, customerHashedEmail = hash, answers = new[] { new { key = "q", value = "3" } } })),
            (admin, "POST", "/dev/token", Json(new { subject = "s", roles = new[] { "agent" } })),
        };

        foreach (var (client, method, path, template) in routes)
        {
            // A fresh admin per route: one admin sending every route's bodies would meet the gateway's per-user limit.
            using var ownAdmin = client == admin ? await suite.ClientAsync("admin") : null;
            var sender = ownAdmin ?? client;
            await BodiesFrom(template).SampleAsync(async body =>
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (method == "PATCH")
                {
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                }

                using var response = await sender.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{method} {path} answered {(int)response.StatusCode} to {Shorten(body)}");
            }, iter: 30, threads: 1);
        }
    }

    private static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value)!.AsObject();

    private static string Shorten(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
