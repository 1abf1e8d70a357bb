using System.Globalization;
using Crm.AppHost.Dashboard;
using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;
using Crm.AppHost.Dashboard.Resources;
using Crm.Contracts;
using Microsoft.Playwright;

namespace Crm.DashboardTests;

/// <summary>
/// The whole suite as <c>./run.sh</c> starts it (same <see cref="CrmSuite"/> model, dashboard included) on free ports,
/// and one headless Chromium to look at its dashboard.
/// </summary>
public sealed class DashboardSuiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public DistributedApplication App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public DashboardServer Dashboard => App.Dashboard!;
    public Uri DashboardUrl => Dashboard.Options.Url;
    public Uri GatewayUrl => App.GetEndpoint(ResourceNames.Gateway);

    /// <summary>
    /// Where the screenshots of the main pages go: the run's own folder, or the README's <c>docs/</c> when
    /// <c>CRM_UPDATE_SCREENSHOTS=1</c> (so an ordinary test run leaves the checkout as it was).
    /// </summary>
    public string DocsFolder => Directory.CreateDirectory(Environment.GetEnvironmentVariable("CRM_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(App.Host.RepositoryRoot, "docs")
        : Path.Combine(App.Host.RunDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationBuilder.CreateBuilder([], new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Gateway:Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Dashboard:Port"] = "0",
            ["RabbitMQ:Management"] = "false",
        });
        builder.EchoLogs = Environment.GetEnvironmentVariable("CRM_TEST_ECHO_LOGS") == "1";
        builder.HealthTimeout = TimeSpan.FromSeconds(120);
        CrmSuite.Define(builder);
        App = builder.Build();
        await App.StartAsync();
        (_playwright, Browser) = await DashboardTests.Browser.LaunchAsync();
    }

    public async Task<IPage> OpenAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(new Uri(DashboardUrl, path).ToString());
        // The first paint is prerendered HTML; buttons work once the circuit is up and the layout re-rendered interactively.
        await page.Locator(".shell[data-interactive]").WaitForAsync();
        return page;
    }

    /// <summary>Waits (with a deadline) until every resource the host runs answers its health probe.</summary>
    public async Task WaitUntilAllHealthyAsync(TimeSpan timeout)
    {
        var monitor = new ResourceHealthMonitor(App, TimeProvider.System);
        var healthy = await Probes.UntilAsync(async ct =>
        {
            await Task.WhenAll(App.Resources.Select(r => monitor.CheckAsync(r, ct)));
            return App.Resources.All(r => monitor.Of(r).Status == HealthStatus.Healthy);
        }, timeout, CancellationToken.None);
        if (!healthy)
        {
            Assert.Fail("Not every resource became healthy: " + string.Join(", ", App.Resources.Select(r => $"{r.Name}={r.State}/{monitor.Of(r).Status}")));
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
