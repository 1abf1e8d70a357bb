using Crm.AppHost.Dashboard;
using Microsoft.Extensions.Configuration;

namespace Crm.UnitTests.Dashboard;

public sealed class DashboardOptionsTests
{
    private static DashboardOptions From(params (string Key, string Value)[] settings) =>
        DashboardOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(), () => 45678);

    [Fact]
    public void By_default_it_listens_on_loopback_port_18888_and_needs_no_token()
    {
        var options = From();

        Assert.True(options.Enabled);
        Assert.Equal(new Uri("http://127.0.0.1:18888/"), options.Url);
        Assert.False(options.NeedsToken);
        Assert.Equal(options.Url, options.LoginUrl);
    }

    [Fact]
    public void Bound_beyond_loopback_a_browser_needs_the_printed_token_while_services_still_export_to_loopback()
    {
        var options = From(("Dashboard:Host", "0.0.0.0"), ("Dashboard:Port", "0"));

        Assert.True(options.NeedsToken);
        Assert.Equal(45678, options.Port);
        Assert.Contains("login?t=" + options.BrowserToken, options.LoginUrl.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Uri("http://127.0.0.1:45678"), options.OtlpEndpoint);
        Assert.Equal(32, options.BrowserToken.Length);
        Assert.NotEqual(options.BrowserToken, options.OtlpApiKey);
    }

    [Fact]
    public void A_token_can_be_required_on_loopback_too() => Assert.True(From(("Dashboard:RequireToken", "true")).NeedsToken);

    [Fact]
    public void A_host_that_is_not_an_address_is_refused_clearly() =>
        Assert.Throws<InvalidOperationException>(() => From(("Dashboard:Host", "dashboard.example")).Address);
}
