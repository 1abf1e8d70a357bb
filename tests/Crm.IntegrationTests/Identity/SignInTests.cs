using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Identity;

/// <summary>Signing in through the gateway as the web and mobile clients do: discovery, code + PKCE, tokens, refresh.</summary>
[Collection(SuiteCollection.Name)]
public sealed class SignInTests(SuiteFixture suite)
{
    public const string Password = "Crm-Dev-2026!";

    [Fact]
    public async Task Discovery_names_the_gateway_as_issuer_offers_pkce_and_publishes_the_signing_key()
    {
        using var client = suite.AnonymousClient();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var issuer = suite.GatewayUrl.AbsoluteUri;

        Assert.Equal(issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(issuer + "connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.StartsWith(issuer, discovery.GetProperty("userinfo_endpoint").GetString());
        Assert.StartsWith(issuer, discovery.GetProperty("end_session_endpoint").GetString());
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        var jwks = await client.GetFromJsonAsync<JsonElement>(discovery.GetProperty("jwks_uri").GetString());
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("use").GetString() == "sig");
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task A_mobile_app_signs_in_with_code_and_pkce_on_a_loopback_redirect_and_calls_the_api()
    {
        using var flow = new SignInFlow(suite);
        var tokens = await flow.SignInAsync("agent@crm.local", Password);
        var access = tokens.GetProperty("access_token").GetString()!;

        var header = SignInFlow.Header(access);
        var claims = SignInFlow.Payload(access);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.False(string.IsNullOrEmpty(header.GetProperty("kid").GetString()));
        Assert.Equal(suite.GatewayUrl.AbsoluteUri, claims.GetProperty("iss").GetString());
        Assert.Contains("crm-api", Audiences(claims));
        Assert.Equal("agent", claims.GetProperty("role").ValueKind == JsonValueKind.Array ? claims.GetProperty("role")[0].GetString() : claims.GetProperty("role").GetString());
        Assert.Equal("agent@crm.local", claims.GetProperty("email").GetString());
        Assert.Equal(900, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("id_token").GetString()));

        using var api = Bearer(access);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/customers?limit=1")).StatusCode);
        var me = await (await api.GetAsync("/connect/userinfo")).SuccessJsonAsync();
        Assert.Equal(claims.GetProperty("sub").GetString(), me.GetProperty("sub").GetString());
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_its_reuse_revokes_the_whole_chain()
    {
        using var flow = new SignInFlow(suite);
        var first = (await flow.SignInAsync("marketer@crm.local", Password)).GetProperty("refresh_token").GetString()!;

        var second = (await (await flow.RefreshAsync(first)).SuccessJsonAsync()).GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, second);

        using var replay = await flow.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        using var afterReplay = await flow.RefreshAsync(second);
        Assert.Equal(HttpStatusCode.BadRequest, afterReplay.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_customer_reaches_their_own_record_and_nothing_of_staff()
    {
        using var flow = new SignInFlow(suite);
        // The seeded login is linked to its customer record in the background, once the customers API answers.
        var access = await Eventually.ValueAsync(async () =>
        {
            var token = (await flow.SignInAsync("customer@crm.local", Password)).GetProperty("access_token").GetString()!;
            return SignInFlow.Payload(token).TryGetProperty("customer_id", out _) ? token : null;
        }, TimeSpan.FromSeconds(60), "the seeded customer's token carries customer_id");

        using var api = Bearer(access);
        var me = await (await api.GetAsync("/api/me")).SuccessJsonAsync();
        Assert.Equal("customer@crm.local", me.GetProperty("email").GetString());
        Assert.Equal(SignInFlow.Payload(access).GetProperty("customer_id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task A_public_client_without_pkce_or_with_a_foreign_redirect_gets_no_code()
    {
        using var flow = new SignInFlow(suite);
        using var noPkce = await flow.GetAsync("/connect/authorize?client_id=crm-mobile&response_type=code&scope=openid&redirect_uri=" + Uri.EscapeDataString("http://127.0.0.1:5000/callback"));
        using var foreign = await flow.GetAsync("/connect/authorize?client_id=crm-mobile&response_type=code&scope=openid&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256&redirect_uri=" + Uri.EscapeDataString("http://evil.example:5000/callback"));

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPkce.StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = suite.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static IEnumerable<string?> Audiences(JsonElement claims) =>
        claims.GetProperty("aud") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Select(a => a.GetString()) : [claims.GetProperty("aud").GetString()];
}
