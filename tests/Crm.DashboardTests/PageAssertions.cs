using Microsoft.Playwright;

namespace Crm.DashboardTests;

internal static class PageAssertions
{
    /// <summary>
    /// Tries a page assertion until it holds or the time is up. When the page lost its connection to the dashboard's
    /// server (on a busy machine) and shows the "An unhandled error has occurred. Reload" bar, it is reloaded, as a
    /// person would.
    /// </summary>
    public static async Task HoldsAsync(IPage page, Func<Task> assertion, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (PlaywrightException) when (DateTimeOffset.UtcNow < deadline)
            {
                if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
                {
                    await page.ReloadAsync();
                }
            }
        }
    }
}
