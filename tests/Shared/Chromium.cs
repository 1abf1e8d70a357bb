using Microsoft.Playwright;

namespace Crm.Tests.Browsers;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver: nothing is downloaded (no <c>playwright install</c>).
/// The flags keep a headless browser quiet and offline on a machine without a GPU or a sandbox.
/// </summary>
public static class Chromium
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: scripts/install-prerequisites.sh installs Debian's chromium.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = Arguments });
        return (playwright, browser);
    }
}
