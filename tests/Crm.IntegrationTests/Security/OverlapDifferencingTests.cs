using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>
/// The differencing attack on <c>/partner/v1/overlap</c> through the gateway: a partner that knows four consenting
/// customers asks about them with and without one email X to learn whether X is our customer.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class OverlapDifferencingTests(SuiteFixture suite)
{
    private static string Hash(string email) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    private async Task<HttpClient> OverlapPartnerAsync(HttpClient admin)
    {
        var partner = (await (await admin.PostAsJsonAsync("/api/partners", new { name = "Prober " + Guid.NewGuid().ToString("N")[..6], industry = "insurance" })).SuccessJsonAsync()).GetProperty("id").GetGuid();
        var key = await (await admin.PostAsJsonAsync($"/api/partners/{partner}/keys", new { scopes = new[] { "overlap:query" } })).SuccessJsonAsync();
        return suite.PartnerClient(key.GetProperty("key").GetString()!);
    }

    private static string[] Strangers(string run, string tag, int count) => Enumerable.Range(0, count).Select(i => Hash($"{tag}.{i}.{run}@example.com")).ToArray();

    [Fact]
    public async Task Four_known_customers_plus_one_email_answer_suppressed_whether_or_not_the_email_is_a_customer()
    {
        using var admin = await suite.ClientAsync("admin");
        using var partner = await OverlapPartnerAsync(admin);
        var run = Guid.NewGuid().ToString("N")[..8];
        var known = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var email = $"known.{i}.{run}@example.com";
            var id = (await suite.CreateCustomerAsync(admin, new { firstName = "K", lastName = "Nown", email })).GetProperty("id").GetGuid();
            await (await admin.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "partner-sharing", granted = true })).SuccessJsonAsync();
            known.Add(Hash(email));
        }

        var member = await (await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = known.ToArray() })).SuccessJsonAsync();
        var nonMember = await (await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = known.Take(4).Append(Hash($"nobody.{run}@example.com")).ToArray() })).SuccessJsonAsync();

        Assert.True(member.GetProperty("suppressed").GetBoolean());
        Assert.True(nonMember.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task A_padded_set_asked_again_with_one_email_more_or_less_is_refused_and_spends_nothing()
    {
        using var admin = await suite.ClientAsync("admin");
        using var partner = await OverlapPartnerAsync(admin);
        var run = Guid.NewGuid().ToString("N")[..8];
        var padded = Strangers(run, "pad", 20);

        var first = await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = padded.Append(Hash($"x.{run}@example.com")).ToArray() });
        var second = await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = padded });
        var repeated = await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = padded.Reverse().ToArray() });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        foreach (var refused in new[] { second, repeated })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("hashedEmails", out _));
        }

        var different = await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = padded.Take(10).Concat(Strangers(run, "other", 10)).ToArray() });
        Assert.Equal(HttpStatusCode.OK, different.StatusCode);
    }

    [Fact]
    public async Task A_partner_gets_six_answered_queries_a_day_then_429_with_retry_after()
    {
        using var admin = await suite.ClientAsync("admin");
        using var partner = await OverlapPartnerAsync(admin);
        var run = Guid.NewGuid().ToString("N")[..8];

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last?.Dispose();
            last = await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = Strangers(run, "set" + i, 20) });
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(6), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.FromHours(23), "the budget comes back a day after the first query");
        var belowMinimum = await partner.PostAsJsonAsync("/partner/v1/overlap", new { hashedEmails = Strangers(run, "small", 3) });
        Assert.True((await belowMinimum.SuccessJsonAsync()).GetProperty("suppressed").GetBoolean(), "a set below the minimum size spends nothing and reveals nothing");
        last.Dispose();
    }
}
