using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Crm.WebTests;

internal static class PageChecks
{
    /// <summary>An axe-core scan of the page as it stands: no serious or critical violation.</summary>
    public static async Task HasNoSeriousAccessibilityViolationsAsync(this IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    /// <summary>The fluent button with this text (Fluent UI's web component).</summary>
    public static ILocator Button(this IPage page, string text) =>
        page.Locator("fluent-button", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(text)}\\s*$") });

    /// <summary>The id of the element that has the keyboard focus, by its data attribute.</summary>
    public static Task<string?> FocusedTicketAsync(this IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-ticket-id')");
}
