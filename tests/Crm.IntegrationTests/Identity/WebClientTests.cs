using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Contracts;
using Crm.IntegrationTests.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// The web console's client, <c>crm-web</c>: confidential, so its code is exchanged with the secret the app host hands to
/// identity (<c>Identity__WebClientSecret</c>) for the redirect URI it registers (<c>app/signin-oidc</c>); and sign-out
/// through the end-session endpoint back to its registered post-logout URI (<c>app/</c>).
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class WebClientTests(SuiteFixture suite)
{
    private string Redirect => suite.GatewayUrl.AbsoluteUri + "app/signin-oidc";
    private string PostLogout => suite.GatewayUrl.AbsoluteUri + "app/";

    [Fact]
    public async Task The_web_client_exchanges_its_code_only_with_its_secret()
    {
        using var flow = new SignInFlow(suite);
        var (code, verifier, redirect) = await flow.AuthorizeAsync("marketer@crm.local", SignInTests.Password, "crm-web", Redirect);
        Dictionary<string, string> Exchange(string? secret) => new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "crm-web", ["code"] = code, ["code_verifier"] = verifier,
            ["redirect_uri"] = redirect, ["client_secret"] = secret ?? "",
        };

        using var noSecret = await flow.TokenAsync(Exchange(null));
        using var wrongSecret = await flow.TokenAsync(Exchange(Convert.ToBase64String(new byte[32])));
        Assert.Equal("invalid_client", await ErrorAsync(noSecret));
        Assert.Equal("invalid_client", await ErrorAsync(wrongSecret));

        using var exchanged = await flow.TokenAsync(Exchange(WebClientSecret()));
        var tokens = await exchanged.SuccessJsonAsync();
        var access = tokens.GetProperty("access_token").GetString()!;
        var claims = SignInFlow.Payload(access);
        Assert.Equal("crm-web", claims.GetProperty("client_id").GetString());
        Assert.Equal("marketer@crm.local", claims.GetProperty("email").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));

        using var api = suite.AnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/customers?limit=1")).StatusCode);

        // A code works once, secret or not.
        using var replay = await flow.TokenAsync(Exchange(WebClientSecret()));
        Assert.Equal("invalid_grant", await ErrorAsync(replay));
    }

    [Fact]
    public async Task The_web_client_cannot_ask_for_a_code_on_a_redirect_it_did_not_register()
    {
        using var flow = new SignInFlow(suite);
        using var foreign = await flow.GetAsync("/connect/authorize?client_id=crm-web&response_type=code&scope=openid&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256&redirect_uri="
            + Uri.EscapeDataString("http://127.0.0.1:5000/callback"));

        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_returns_to_the_registered_address_only()
    {
        using var flow = new SignInFlow(suite);
        var (code, verifier, redirect) = await flow.AuthorizeAsync("agent@crm.local", SignInTests.Password, "crm-web", Redirect);
        using var exchanged = await flow.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "crm-web", ["client_secret"] = WebClientSecret(),
            ["code"] = code, ["code_verifier"] = verifier, ["redirect_uri"] = redirect,
        });
        var idToken = (await exchanged.SuccessJsonAsync()).GetProperty("id_token").GetString()!;

        // A return address nobody registered is refused, and the session stays: the next authorize needs no password.
        using var foreign = await flow.GetAsync(EndSession(idToken, "http://evil.example/app/", "s1"));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        await flow.AuthorizeAsync(null, null, "crm-web", Redirect);

        var back = await flow.RedirectOfAsync(EndSession(idToken, PostLogout, "s2"));
        Assert.Equal(PostLogout, back.GetLeftPart(UriPartial.Path));
        Assert.Equal("s2", QueryHelpers.ParseQuery(back.Query)["state"].ToString());

        // The session is gone: authorize sends the browser to the login page again.
        var afterwards = await flow.RedirectOfAsync(Authorize("crm-web", Redirect));
        Assert.StartsWith("/account/login", afterwards.OriginalString);
    }

    private static string EndSession(string idToken, string postLogout, string state) =>
        QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = idToken, ["post_logout_redirect_uri"] = postLogout, ["state"] = state,
        });

    private static string Authorize(string clientId, string redirect) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = redirect, ["scope"] = SignInFlow.Scopes,
            ["code_challenge"] = "abcdefghijabcdefghijabcdefghijabcdefghij123", ["code_challenge_method"] = "S256",
        });

    /// <summary>The secret as the app host handed it to the running identity process.</summary>
    private string WebClientSecret()
    {
        var pid = suite.Suite.ProcessId(ResourceNames.Identity) ?? throw new InvalidOperationException("identity has no process.");
        const string Name = "Identity__WebClientSecret=";
        return File.ReadAllText($"/proc/{pid}/environ").Split('\0').Single(v => v.StartsWith(Name, StringComparison.Ordinal))[Name.Length..];
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        Assert.False(response.IsSuccessStatusCode, $"{(int)response.StatusCode} where an error was expected");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
    }
}
