using Crm.SuiteHost;
using Crm.Tests.Browsers;
using Microsoft.Playwright;

namespace Crm.DashboardTests;

/// <summary>
/// The whole suite from the app model of <c>./run.sh</c> with the real Aspire dashboard on a free port, and one headless
/// Chromium to look at it.
/// </summary>
public sealed class DashboardSuiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public RunningSuite Suite { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri DashboardUrl => Suite.DashboardUrl!;
    public Uri GatewayUrl => Suite.GatewayUrl;

    /// <summary>
    /// Where the screenshots of the main pages go: the run's test-results folder, or the README's <c>docs/</c> when
    /// <c>CRM_UPDATE_SCREENSHOTS=1</c> (so an ordinary test run leaves the checkout as it was).
    /// </summary>
    public string ScreenshotFolder => Directory.CreateDirectory(Environment.GetEnvironmentVariable("CRM_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(Suite.RepositoryRoot, "docs")
        : Path.Combine(Suite.RepositoryRoot, ".data", "test-results", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        Suite = await RunningSuite.StartAsync(new SuiteOptions { Dashboard = true });
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A new browser page logged in to the dashboard by its token link, as the app host prints it.</summary>
    public async Task<IPage> OpenAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(new Uri(DashboardUrl, $"/login?t={Suite.DashboardToken}").ToString());
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        if (path != "/")
        {
            await page.GotoAsync(new Uri(DashboardUrl, path).ToString());
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Suite.DisposeAsync();
    }
}
