using Crm.Identity.Accounts;
using Crm.Identity.Connect;

namespace Crm.UnitTests.Identity;

public sealed class LoopbackRedirectTests
{
    [Theory]
    [InlineData("http://127.0.0.1:51234/callback", "http://127.0.0.1/callback")]
    [InlineData("http://127.0.0.1:8080/callback?x=1", "http://127.0.0.1/callback?x=1")]
    [InlineData("http://[::1]:4000/callback", "http://[::1]/callback")]
    public void A_loopback_redirect_on_any_port_compares_without_its_port(string uri, string registered) =>
        Assert.Equal(registered, LoopbackRedirect.WithoutPort(uri));

    [Theory]
    [InlineData("https://127.0.0.1:51234/callback")]
    [InlineData("http://localhost:51234/callback")]
    [InlineData("http://127.0.0.1/callback")]
    [InlineData("http://evil.example:51234/callback")]
    [InlineData("http://user:pass@127.0.0.1:51234/callback")]
    [InlineData("http://127.0.0.1:51234/callback#fragment")]
    [InlineData("crm.mobile://callback")]
    [InlineData("not a uri")]
    public void Anything_else_is_compared_as_registered(string uri) => Assert.Null(LoopbackRedirect.WithoutPort(uri));

    [Theory]
    [InlineData("/connect/authorize?client_id=crm-mobile", "/connect/authorize?client_id=crm-mobile")]
    [InlineData("https://evil.example/", "/account/signed-in")]
    [InlineData("//evil.example/", "/account/signed-in")]
    [InlineData("/\\evil.example/", "/account/signed-in")]
    [InlineData(null, "/account/signed-in")]
    public void After_sign_in_the_browser_goes_only_to_a_path_on_this_site(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(returnUrl));
}
