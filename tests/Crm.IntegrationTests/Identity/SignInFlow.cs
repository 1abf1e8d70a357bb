using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.IntegrationTests.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace Crm.IntegrationTests.Identity;

/// <summary>
/// What a mobile app does to sign someone in (RFC 8252): authorization code + PKCE with a loopback redirect, the
/// browser's part played by a cookie-keeping client that follows the login form (antiforgery token included).
/// </summary>
public sealed partial class SignInFlow(SuiteFixture suite) : IDisposable
{
    public const string Scopes = "openid profile email roles offline_access crm-api";
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = suite.GatewayUrl,
    };

    /// <summary>Signs in through the login page and returns the code the redirect carries, with its verifier and redirect URI.</summary>
    public Task<(string Code, string Verifier, string RedirectUri)> AuthorizeAsync(string email, string password) =>
        AuthorizeAsync(email, password, "crm-mobile", $"http://127.0.0.1:{Random.Shared.Next(20000, 60000)}/callback");

    /// <summary>
    /// Asks <paramref name="clientId"/>'s code for <paramref name="redirect"/>: through the login page when the browser has no
    /// session (<paramref name="email"/> given), straight back to the client when it has one (<paramref name="email"/> null).
    /// </summary>
    public async Task<(string Code, string Verifier, string RedirectUri)> AuthorizeAsync(string? email, string? password, string clientId, string redirect)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Guid.NewGuid().ToString("N");
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = redirect, ["scope"] = Scopes,
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = state,
        });

        var callback = email is null ? await RedirectOfAsync(authorize) : await SignInOnTheWayAsync(authorize, email, password!);
        Assert.StartsWith(redirect, callback.AbsoluteUri);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());
        return (query["code"].ToString(), verifier, redirect);
    }

    /// <summary>Where a GET of <paramref name="url"/> sends the browser.</summary>
    public async Task<Uri> RedirectOfAsync(string url)
    {
        using var response = await _browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    private async Task<Uri> SignInOnTheWayAsync(string authorize, string email, string password)
    {
        var login = (await RedirectOfAsync(authorize)).OriginalString;
        Assert.StartsWith("/account/login", login);
        var returnUrl = QueryHelpers.ParseQuery(new Uri(suite.GatewayUrl, login).Query)["returnUrl"].ToString();

        using var signedIn = await LoginAsync(email, password, returnUrl);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync()}");
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);
        return await RedirectOfAsync(returnUrl);
    }

    /// <summary>The whole flow: sign in, then exchange the code at the token endpoint.</summary>
    public async Task<JsonElement> SignInAsync(string email, string password)
    {
        var (code, verifier, redirect) = await AuthorizeAsync(email, password);
        using var response = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "crm-mobile", ["code"] = code,
            ["code_verifier"] = verifier, ["redirect_uri"] = redirect,
        });
        return await response.SuccessJsonAsync();
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) => TokenAsync(new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = "crm-mobile", ["refresh_token"] = refreshToken,
    });

    public Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> form) =>
        _browser.PostAsync("/connect/token", new FormUrlEncodedContent(form));

    /// <summary>Fills in and sends the login form, antiforgery token included.</summary>
    public Task<HttpResponseMessage> LoginAsync(string email, string password, string? returnUrl = null) =>
        PostFormAsync("/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)), "/account/login",
            new() { ["email"] = email, ["password"] = password, ["returnUrl"] = returnUrl ?? "" });

    /// <summary>GETs a page with a form, then posts <paramref name="fields"/> to <paramref name="action"/> with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await _browser.GetStringAsync(page);
        fields["__RequestVerificationToken"] = AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{page} has no antiforgery token:\n{html}");
        return await _browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _browser.GetAsync(url);

    /// <summary>The claims of a JWT's payload (no validation: the services do that).</summary>
    public static JsonElement Payload(string jwt) => JsonDocument.Parse(Base64UrlDecode(jwt.Split('.')[1])).RootElement;

    public static JsonElement Header(string jwt) => JsonDocument.Parse(Base64UrlDecode(jwt.Split('.')[0])).RootElement;

    private static byte[] Base64UrlDecode(string part)
    {
        var s = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public void Dispose() => _browser.Dispose();
}
