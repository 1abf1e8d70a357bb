using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.PartnerData;

[Collection(SuiteCollection.Name)]
public sealed class PartnerDataApiTests(SuiteFixture suite)
{
    private static string Hash(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    private static Task<JsonElement> Json(HttpResponseMessage response) => response.SuccessJsonAsync();

    private static async Task<(Guid Partner, string Key, Guid KeyId)> PartnerWithKeyAsync(HttpClient admin, params string[] scopes)
    {
        var partner = (await Json(await admin.PostAsJsonAsync("/api/partners", new { name = "Partner " + Guid.NewGuid().ToString("N")[..6], industry = "insurance" }))).GetProperty("id").GetGuid();
        var key = await Json(await admin.PostAsJsonAsync($"/api/partners/{partner}/keys", new { scopes }));
        return (partner, key.GetProperty("key").GetString()!, key.GetProperty("keyId").GetGuid());
    }

    private static async Task<int> SharedCountAsync(HttpClient partnerClient, string city)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = await Json(await partnerClient.GetAsync("/partner/v1/customers?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            count += page.GetProperty("items").EnumerateArray().Count(i => i.TryGetProperty("city", out var c) && c.GetString() == city);
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return count;
    }

    [Fact]
    public async Task Only_consenting_customers_are_shared_with_only_the_agreed_attributes_until_consent_is_withdrawn()
    {
        using var admin = await suite.ClientAsync("admin");
        var (partner, key, _) = await PartnerWithKeyAsync(admin, "customers:read");
        using var client = suite.PartnerClient(key);
        await Json(await admin.PostAsJsonAsync($"/api/partners/{partner}/agreements", new { attributes = new[] { "city", "birthYear" }, purpose = "joint offers", expiresAt = DateTimeOffset.UtcNow.AddDays(30) }));

        var city = "Town" + Guid.NewGuid().ToString("N")[..8];
        var consenting = (await suite.CreateCustomerAsync(admin, new { firstName = "Yes", lastName = "Share", email = $"yes.{city}@example.com", city, birthYear = 1980 })).GetProperty("id").GetGuid();
        await suite.CreateCustomerAsync(admin, new { firstName = "No", lastName = "Share", email = $"no.{city}@example.com", city, birthYear = 1981 });
        await Json(await admin.PutAsJsonAsync($"/api/customers/{consenting}/consents", new { purpose = "partner-sharing", granted = true }));

        async Task<List<JsonElement>> SharedFromTown()
        {
            var all = new List<JsonElement>();
            string? cursor = null;
            do
            {
                var page = await Json(await client.GetAsync("/partner/v1/customers?limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
                all.AddRange(page.GetProperty("items").EnumerateArray().Where(i => i.TryGetProperty("city", out var c) && c.GetString() == city));
                cursor = page.GetProperty("nextCursor").GetString();
            }
            while (cursor is not null);
            return all;
        }

        await Eventually.UntilAsync(async () => (await SharedFromTown()).Count == 1, because: "the consenting customer is shared");
        var shared = Assert.Single(await SharedFromTown());
        Assert.Equal(["birthYear", "city", "pseudonymousId"], shared.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(1980, shared.GetProperty("birthYear").GetInt32());
        Assert.DoesNotContain(consenting.ToString(), shared.GetProperty("pseudonymousId").GetString()!, StringComparison.OrdinalIgnoreCase);

        await Json(await admin.PutAsJsonAsync($"/api/customers/{consenting}/consents", new { purpose = "partner-sharing", granted = false }));
        await Eventually.UntilAsync(async () => (await SharedFromTown()).Count == 0, because: "a withdrawal removes the customer from every share");

        var audit = await Json(await admin.GetAsync($"/api/partners/{partner}/audit?limit=200"));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.GetProperty("route").GetString() == "/partner/v1/customers" && a.GetProperty("status").GetInt32() == 200);
    }

    [Fact]
    public async Task Keys_are_checked_for_existence_liveness_and_scope_and_every_call_is_audited()
    {
        using var admin = await suite.ClientAsync("admin");
        var (partner, key, keyId) = await PartnerWithKeyAsync(admin, "overlap:query");
        using var partnerClient = suite.PartnerClient(key);
        var hashes = new { hashedEmails = new[] { Hash("nobody@example.com") } };

        Assert.Equal(HttpStatusCode.Forbidden, (await partnerClient.GetAsync("/partner/v1/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partnerClient.PostAsJsonAsync("/partner/v1/overlap", hashes)).StatusCode);
        using (var noKey = suite.AnonymousClient())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await noKey.PostAsJsonAsync("/partner/v1/overlap", hashes)).StatusCode);
        }

        using (var forged = suite.PartnerClient(key[..^4] + "AAAA"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsJsonAsync("/partner/v1/overlap", hashes)).StatusCode);
        }

        using (var staffToken = await suite.ClientAsync("admin"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await staffToken.PostAsJsonAsync("/partner/v1/overlap", hashes)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerClient.GetAsync("/api/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await partnerClient.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = new[] { "not-a-hash" } })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/partners/{partner}/keys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await partnerClient.PostAsJsonAsync("/partner/v1/overlap", hashes)).StatusCode);

        var audit = (await Json(await admin.GetAsync($"/api/partners/{partner}/audit"))).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("status").GetInt32()).ToList();
        // Newest first: the revoked key, the invalid body, the forged secret, the allowed query, the wrong scope.
        // Calls without a key of this partner (no key, a staff token) belong to no partner's audit.
        Assert.Equal([401, 422, 401, 200, 403], audit);
        var keys = await Json(await admin.GetAsync($"/api/partners/{partner}/keys"));
        Assert.False(keys[0].TryGetProperty("key", out _));
        Assert.NotEqual(JsonValueKind.Null, keys[0].GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task Overlap_is_a_noisy_count_small_sets_are_suppressed_and_contributions_reach_campaign_segments()
    {
        using var admin = await suite.ClientAsync("admin");
        var (partner, key, _) = await PartnerWithKeyAsync(admin, "overlap:query", "contributions:write", "customers:read");
        await Json(await admin.PostAsJsonAsync($"/api/partners/{partner}/agreements", new { attributes = new[] { "city" }, purpose = "sizing", expiresAt = DateTimeOffset.UtcNow.AddDays(30) }));
        using var partnerClient = suite.PartnerClient(key);
        var run = Guid.NewGuid().ToString("N")[..8];
        var city = "Overlap" + run;
        var emails = Enumerable.Range(0, 25).Select(i => $"overlap.{run}.{i}@example.com").ToList();
        var ids = new List<Guid>();
        foreach (var email in emails)
        {
            var id = (await suite.CreateCustomerAsync(admin, new { firstName = "O", lastName = "Lap", email, city })).GetProperty("id").GetGuid();
            await Json(await admin.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "partner-sharing", granted = true }));
            ids.Add(id);
        }

        await Eventually.UntilAsync(async () => await SharedCountAsync(partnerClient, city) == emails.Count, because: "every consenting customer reaches partner-data");

        // 25 customers and 15 strangers: the answer is the count plus noise of ε = 0.5 (|noise| > 20 has odds of 1 in 30,000).
        var strangers = Enumerable.Range(0, 15).Select(i => Hash($"stranger.{run}.{i}@example.com"));
        var answer = await Json(await partnerClient.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = emails.Select(Hash).Concat(strangers).ToArray() }));
        Assert.InRange(answer.GetProperty("overlap").GetInt32(), 5, 45);
        var four = new { hashedEmails = emails.Take(4).Select(Hash).Append(Hash($"stranger.{run}@example.com")).ToArray() };
        var small = await Json(await partnerClient.PostAsJsonAsync("/partner/v1/overlap", four));
        Assert.True(small.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("overlap").ValueKind);

        var contributed = await Json(await partnerClient.PostAsJsonAsync("/partner/v1/contributions",
            new { records = new object[] { new { hashedEmail = Hash(emails[0]), attributes = new Dictionary<string, string> { ["segment"] = "premium" } }, new { hashedEmail = Hash("unknown@example.com"), attributes = new Dictionary<string, string> { ["segment"] = "x" } } } }));
        Assert.Equal(2, contributed.GetProperty("accepted").GetInt32());
        Assert.Equal(1, contributed.GetProperty("matched").GetInt32());

        await Eventually.UntilAsync(async () =>
        {
            var audience = await admin.GetAsync($"/api/campaigns/audience/{ids[0]}");
            return audience.IsSuccessStatusCode && (await audience.Content.ReadAsStringAsync()).Contains("premium", StringComparison.Ordinal);
        }, because: "campaigns segment on partner-contributed attributes");
    }
}
