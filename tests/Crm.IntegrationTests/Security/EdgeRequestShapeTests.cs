using System.Text;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Security;

/// <summary>Requests the proxy could only have failed on (and answered 502) are refused at the gateway with a 4xx problem.</summary>
[Collection(SuiteCollection.Name)]
public sealed class EdgeRequestShapeTests(SuiteFixture suite)
{
    private static readonly string[] ProxiedRoutes =
        ["/api/customers", "/api/tickets", "/api/me", "/api/segments", "/partner/v1/overlap", "/api/unsubscribe/some-token", "/api/surveys/invitations/some-token"];

    private static readonly byte[][] NonAsciiHeaders =
    [
        RawHttp.Header("X-Note", Encoding.UTF8.GetBytes("café")),
        RawHttp.Header("User-Agent", Encoding.UTF8.GetBytes("Ünïcødé/1.0")),
        RawHttp.Header("X-Api-Key", 0xC3, 0x28, 0xFF),
        RawHttp.Header("Accept-Language", Encoding.UTF8.GetBytes("日本語")),
    ];

    [Fact]
    public async Task A_header_value_with_non_ascii_bytes_gets_400_problem_details_on_every_proxied_route_signed_in_or_not()
    {
        var token = await suite.TokenAsync("edge-" + Guid.NewGuid().ToString("N")[..8], ["admin"]);
        var authorization = RawHttp.Header("Authorization", Encoding.ASCII.GetBytes("Bearer " + token));
        foreach (var route in ProxiedRoutes)
        {
            foreach (var header in NonAsciiHeaders)
            {
                foreach (var signedIn in new[] { false, true })
                {
                    var answer = signedIn
                        ? await RawHttp.SendAsync(suite.GatewayUrl, $"GET {route} HTTP/1.1", authorization, header)
                        : await RawHttp.SendAsync(suite.GatewayUrl, $"GET {route} HTTP/1.1", header);

                    Assert.True(answer.Status == 400, $"GET {route} with {Encoding.Latin1.GetString(header)} answered {answer.Status}");
                    Assert.Contains("application/problem+json", answer.Head, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Theory]
    [InlineData("CONNECT /api/customers HTTP/1.1")]
    [InlineData("TRACE /api/customers HTTP/1.1")]
    [InlineData("TRACE /health HTTP/1.1")]
    [InlineData("PROPFIND /api/tickets HTTP/1.1")]
    [InlineData("XYZZY /partner/v1/overlap HTTP/1.1")]
    public async Task A_method_the_api_does_not_use_gets_405_with_the_methods_it_does(string requestLine)
    {
        var answer = await RawHttp.SendAsync(suite.GatewayUrl, requestLine);

        Assert.Equal(405, answer.Status);
        Assert.Contains("Allow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", answer.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("application/problem+json", answer.Head, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("CONNECT 127.0.0.1:443 HTTP/1.1")]
    [InlineData("CONNECT example.com:80 HTTP/1.1")]
    public async Task A_connect_to_another_host_is_refused_with_a_client_error(string requestLine)
    {
        var answer = await RawHttp.SendAsync(suite.GatewayUrl, requestLine);

        Assert.InRange(answer.Status, 400, 499);
    }

    [Fact]
    public async Task No_response_names_the_server_behind_it()
    {
        using var agent = await suite.ClientAsync("agent");
        using var anonymous = suite.AnonymousClient();

        foreach (var response in new[]
        {
            await agent.GetAsync("/api/customers?limit=1"),
            await agent.GetAsync($"/api/customers/{Guid.NewGuid()}"),
            await anonymous.GetAsync("/api/customers"),
            await anonymous.GetAsync("/health"),
            await anonymous.GetAsync("/no-such-route"),
        })
        {
            using (response)
            {
                Assert.Empty(response.Headers.Server);
            }
        }
    }
}
