using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Crm.IntegrationTests.Hosting;
using Crm.TestIssuer;

namespace Crm.IntegrationTests.Security;

/// <summary>
/// Every protected route refuses a bad token with 401, at the gateway and behind it, never a 5xx: unsigned (<c>alg: none</c>),
/// forged, expired, too long-lived, for another audience, of a foreign issuer, HS256 with the public key.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class TokenAttackTests(SuiteFixture suite)
{
    public static TheoryData<string, string> ProtectedRoutes() => new()
    {
        { "GET", "/api/customers" },
        { "POST", "/api/customers" },
        { "GET", "/api/me" },
        { "GET", "/api/tickets/customers/00000000-0000-0000-0000-000000000001" },
        { "GET", "/api/segments" },
        { "POST", "/api/campaigns" },
        { "GET", "/api/recommendations/00000000-0000-0000-0000-000000000001" },
        { "GET", "/api/surveys/invitations" },
        { "GET", "/api/partners" },
        { "POST", "/api/tickets" },
        { "GET", "/api/tickets/reports/sla" },
        { "GET", "/api/me/tickets" },
        { "POST", "/api/me/tickets" },
        { "PATCH", "/api/tickets/00000000-0000-0000-0000-000000000001" },
        { "GET", "/api/me/surveys" },
        { "POST", "/api/surveys" },
        { "GET", "/api/campaigns/attribution" },
        { "DELETE", "/api/customers/00000000-0000-0000-0000-000000000001" },
    };

    private string Issuer => suite.GatewayUrl.AbsoluteUri;

    private async Task<string[]> BadTokensAsync()
    {
        var real = IssuerKey.Read(suite);
        using var forger = RSA.Create(2048);
        await using var foreign = await StandInIssuer.StartAsync();
        return
        [
            Tokens.Build(new { alg = "none", typ = "JWT" }, Tokens.Claims("admin", Issuer), null),
            Tokens.Build(new { alg = "none", typ = "JWT", kid = real.KeyId }, Tokens.Claims("admin", Issuer), null),
            Tokens.BuildRs256(real.KeyId, Tokens.Claims("admin", Issuer), forger),
            Tokens.BuildRs256(real.KeyId, Tokens.Claims("admin", Issuer, expiresIn: TimeSpan.FromMinutes(-5), issuedAgo: TimeSpan.FromMinutes(20)), real.Key),
            Tokens.BuildRs256(real.KeyId, Tokens.Claims("admin", Issuer, audience: "someone-else"), real.Key),
            Tokens.BuildRs256(real.KeyId, Tokens.Claims("admin", "https://evil.example/"), real.Key),
            Tokens.BuildRs256(real.KeyId, Tokens.Claims("admin", Issuer, expiresIn: TimeSpan.FromHours(10)), real.Key),
            // Key confusion: HS256 with the public key as the shared secret.
            Tokens.Build(new { alg = "HS256", typ = "JWT", kid = real.KeyId }, Tokens.Claims("admin", Issuer), real.Key.ExportSubjectPublicKeyInfo()),
            Tokens.Build(new { alg = "HS256", typ = "JWT" }, Tokens.Claims("admin", Issuer), RandomNumberGenerator.GetBytes(32)),
            foreign.Issue("mallory", ["admin"]),
            foreign.Issue("mallory", ["admin"], issuer: Issuer),
            "not.a.jwt",
            "",
        ];
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task A_missing_forged_unsigned_expired_or_foreign_token_is_refused(string method, string path)
    {
        using var client = suite.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path))).StatusCode);
        foreach (var token in await BadTokensAsync())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with a bad token answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_valid_token_is_checked_again_by_the_service_behind_the_gateway()
    {
        using var direct = new HttpClient { BaseAddress = suite.ServiceUrl("customers") };
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            Tokens.Build(new { alg = "none", typ = "JWT" }, Tokens.Claims("admin", Issuer), null));
        Assert.Equal(HttpStatusCode.Unauthorized, (await direct.GetAsync("/api/customers")).StatusCode);
    }

    [Theory]
    [InlineData("marketer", "POST", "/api/customers")]
    [InlineData("customer", "GET", "/api/customers")]
    [InlineData("agent", "GET", "/api/segments")]
    [InlineData("agent", "POST", "/api/campaigns")]
    [InlineData("marketer", "GET", "/api/tickets/customers/00000000-0000-0000-0000-000000000001")]
    [InlineData("agent", "GET", "/api/me")]
    [InlineData("agent", "GET", "/api/partners")]
    [InlineData("marketer", "POST", "/api/partners")]
    [InlineData("customer", "GET", "/api/tickets")]
    [InlineData("customer", "PATCH", "/api/tickets/00000000-0000-0000-0000-000000000001")]
    [InlineData("agent", "POST", "/api/me/tickets")]
    [InlineData("marketer", "PATCH", "/api/tickets/00000000-0000-0000-0000-000000000001")]
    [InlineData("customer", "GET", "/api/surveys/invitations?customerId=00000000-0000-0000-0000-000000000001")]
    [InlineData("agent", "POST", "/api/surveys")]
    [InlineData("marketer", "DELETE", "/api/customers/00000000-0000-0000-0000-000000000001")]
    public async Task A_valid_token_with_the_wrong_role_is_forbidden(string role, string method, string path)
    {
        using var client = await suite.ClientAsync(role, role == "customer" ? Guid.CreateVersion7() : null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "POST" or "PATCH" ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }
}
