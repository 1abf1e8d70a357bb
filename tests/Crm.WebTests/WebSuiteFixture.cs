using Crm.Contracts;
using Crm.SuiteHost;
using Crm.Tests.Browsers;
using Microsoft.Playwright;

namespace Crm.WebTests;

/// <summary>The whole suite from the app model of <c>./run.sh</c> (the web app among it), and one headless Chromium.</summary>
public sealed class WebSuiteFixture : IAsyncLifetime
{
    public const string Password = "Crm-Dev-2026!";
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public const string RefreshMargin = "00:14:45";

    private IPlaywright? _playwright;

    /// <summary>The suite these tests started; null when <c>CRM_TEST_GATEWAY_URL</c> names one that already runs (while developing).</summary>
    public RunningSuite? Suite { get; private set; }
    public IBrowser Browser { get; private set; } = null!;
    public Uri GatewayUrl { get; private set; } = null!;
    public SuiteApi Api { get; private set; } = null!;

    /// <summary>Screenshots go to the run's test results, or to <c>docs/screenshots/</c> with <c>CRM_UPDATE_SCREENSHOTS=1</c>.</summary>
    public string ScreenshotFolder => Directory.CreateDirectory(Environment.GetEnvironmentVariable("CRM_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(Suite?.RepositoryRoot ?? RepositoryRoot, "docs", "screenshots")
        : Path.Combine(Suite?.RepositoryRoot ?? RepositoryRoot, ".data", "test-results", "screenshots")).FullName;

    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("CRM_TEST_GATEWAY_URL") is { Length: > 0 } running)
        {
            GatewayUrl = new Uri(running);
        }
        else
        {
            // Access tokens last 15 minutes; renewing them 14 min 45 s early makes every session renew within its first
            // seconds, so the rotation of refresh tokens runs in every test that stays signed in a while.
            Suite = await RunningSuite.StartAsync(new SuiteOptions { Settings = new Dictionary<string, string> { ["Web:TokenRefreshMargin"] = RefreshMargin } });
            await Suite.WaitHealthyAsync(ResourceNames.Web);
            GatewayUrl = Suite.GatewayUrl;
        }

        Api = new SuiteApi(GatewayUrl);
        // Pages render on a live connection to a machine that also runs the whole suite: give assertions time to hold.
        Assertions.SetDefaultExpectTimeout(15_000);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser (no cookies) with a page of the given size.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? size = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = size ?? Desktop, BaseURL = GatewayUrl.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Opens <paramref name="path"/> under <c>/app</c>, signs in on the identity service's real login page, and waits for the page.</summary>
    public async Task<IPage> SignedInAsync(string email, string path, ViewportSize? size = null)
    {
        var page = await NewPageAsync(size);
        await page.GotoAsync($"/app/{path}");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(Password);
        await page.Locator("form button[type=submit], form input[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/app/{path}", StringComparison.Ordinal));
        await page.Locator("h1").First.WaitForAsync();
        return page;
    }

    public string Screenshot(string name) => Path.Combine(ScreenshotFolder, name + ".png");

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Suite is not null)
        {
            await Suite.DisposeAsync();
        }
    }
}
