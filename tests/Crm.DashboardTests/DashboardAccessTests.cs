using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.DashboardTests;

public sealed class DashboardAccessTests(DashboardOnlyFixture dashboard) : IClassFixture<DashboardOnlyFixture>
{
    private static HttpRequestMessage Page(string path, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return request;
    }

    [Fact]
    public async Task Without_the_cookie_a_page_sends_the_browser_to_the_login_form()
    {
        using var client = dashboard.Client();

        using var response = await client.SendAsync(Page("/traces"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.ToString());
        using var form = await client.SendAsync(Page("/login"));
        Assert.Contains("Token printed by the app host", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_with_a_problem_and_sets_no_cookie()
    {
        using var client = dashboard.Client();

        using var response = await client.SendAsync(Page("/login?t=0123456789abcdef0123456789abcdef"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_printed_login_link_sets_a_cookie_that_opens_the_dashboard()
    {
        using var client = dashboard.Client();

        using var login = await client.SendAsync(Page(dashboard.Options.LoginUrl.PathAndQuery));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var page = await client.SendAsync(Page("/", cookie.Split(';')[0]));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Resources", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anything_but_a_page_gets_401_problem_details_without_the_cookie()
    {
        using var client = dashboard.Client();

        using var response = await client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Otlp_needs_the_api_key_not_the_browser_token()
    {
        using var client = dashboard.Client();
        using var body = new ByteArrayContent([]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");

        using var response = await client.PostAsync("/v1/traces", body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
