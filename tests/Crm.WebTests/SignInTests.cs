using Microsoft.Playwright;

namespace Crm.WebTests;

/// <summary>Signing in and out goes through the identity service; the console follows the person's roles.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests(WebSuiteFixture web)
{
    [Fact]
    public async Task Signing_out_ends_the_session_here_and_at_the_identity_service()
    {
        var page = await web.SignedInAsync("agent@crm.local", "tickets");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Customers" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/app/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();

        await page.GotoAsync("/app/tickets");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_sees_the_portal_and_not_the_staff_pages()
    {
        var page = await web.SignedInAsync("customer@crm.local", "me");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "My tickets" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Tickets", Exact = true })).ToHaveCountAsync(0);

        await page.GotoAsync("/app/tickets");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not for your role");
    }
}
