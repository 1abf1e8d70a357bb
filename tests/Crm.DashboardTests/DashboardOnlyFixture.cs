using Crm.AppHost.Dashboard;
using Crm.AppHost.Hosting;

namespace Crm.DashboardTests;

/// <summary>The app host with no resources, so only its dashboard runs: real Kestrel, a token required even on loopback.</summary>
public sealed class DashboardOnlyFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;
    public DashboardOptions Options => App.Dashboard!.Options;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationBuilder.CreateBuilder([], new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Dashboard:Port"] = "0",
            ["Dashboard:RequireToken"] = "true",
        });
        builder.EchoLogs = false;
        App = builder.Build();
        await App.StartAsync();
    }

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = false }) { BaseAddress = Options.Url };

    public async Task DisposeAsync() => await App.DisposeAsync();
}
