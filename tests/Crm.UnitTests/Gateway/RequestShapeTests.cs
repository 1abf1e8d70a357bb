using System.Text;

namespace Crm.UnitTests.Gateway;

/// <summary>What the proxy could only have answered with a 502 is refused at the edge with a 4xx problem.</summary>
public sealed class RequestShapeTests
{
    public static TheoryData<byte[]> HeadersWithNonAsciiBytes() => new()
    {
        Encoding.UTF8.GetBytes("X-Note: café"),
        Encoding.UTF8.GetBytes("User-Agent: Ünïcødé-browser/1.0"),
        Encoding.UTF8.GetBytes("Accept-Language: pt-PT, 日本語"),
        Raw("X-Raw: ", 0xC3, 0x28, 0xFF, 0x80),
        Raw("Authorization: Bearer ", 0xE2, 0x82, 0xAC),
    };

    [Theory]
    [MemberData(nameof(HeadersWithNonAsciiBytes))]
    public async Task A_header_value_with_non_ascii_bytes_is_refused_with_400_problem_details_on_a_proxied_route(byte[] header)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        var answer = await RawHttp.SendAsync(gateway.Url, RawHttp.Request("GET /api/customers HTTP/1.1", gateway.Url, header));

        Assert.Equal(400, answer.Status);
        Assert.Contains("application/problem+json", answer.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("visible ASCII", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CONNECT /api/customers HTTP/1.1")]
    [InlineData("TRACE /api/customers HTTP/1.1")]
    [InlineData("PROPFIND /api/customers HTTP/1.1")]
    [InlineData("BREW /api/customers HTTP/1.1")]
    [InlineData("get /api/customers HTTP/1.1")]
    public async Task A_method_the_api_does_not_use_is_refused_with_405_and_the_methods_it_does(string requestLine)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        var answer = await RawHttp.SendAsync(gateway.Url, RawHttp.Request(requestLine, gateway.Url));

        Assert.True(answer.Status == 405, $"{requestLine} answered {answer.Status}\n{answer.Head}");
        Assert.Contains("Allow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", answer.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("application/problem+json", answer.Head, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_connect_to_another_host_is_refused_by_the_server_itself_with_400()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        var answer = await RawHttp.SendAsync(gateway.Url, RawHttp.Request("CONNECT 127.0.0.1:443 HTTP/1.1", gateway.Url));

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task A_plain_ascii_request_still_reaches_the_service()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        using var client = gateway.Client("ana", "agent");

        using var response = await client.GetAsync("/api/customers");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private static byte[] Raw(string name, params byte[] value) => [.. Encoding.ASCII.GetBytes(name), .. value];

    [Theory]
    [InlineData("plain value", true)]
    [InlineData("tab\tseparated", true)]
    [InlineData("café", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("del\u007F", false)]
    public void Only_visible_ascii_space_and_tab_pass(string value, bool passes) =>
        Assert.Equal(passes, Crm.Gateway.Edge.RequestShapeMiddleware.IsVisibleAscii(value));
}
