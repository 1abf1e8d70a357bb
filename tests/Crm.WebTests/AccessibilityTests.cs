using Microsoft.Playwright;

namespace Crm.WebTests;

/// <summary>Every page of the console and the portal passes an axe-core scan, on a desktop and on a phone.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebSuiteFixture web)
{
    [Fact]
    public async Task The_agent_pages_have_no_serious_accessibility_violations_on_a_desktop_or_a_phone()
    {
        var customerId = await web.Api.SeededCustomerIdAsync();
        var ticketId = await web.Api.CreateTicketAsync(customerId, "Kettle leaks at the base", priority: "urgent");

        foreach (var (size, name) in new[] { (WebSuiteFixture.Desktop, "desktop"), (WebSuiteFixture.Phone, "phone") })
        {
            var agent = await web.SignedInAsync("agent@crm.local", "tickets", size);
            await agent.Button("All").ClickAsync();
            await Assertions.Expect(agent.Locator("[data-keyboard-item]").First).ToBeVisibleAsync();
            await CheckAsync(agent, $"tickets-{name}");

            await agent.GotoAsync($"/app/tickets/{ticketId}");
            await Assertions.Expect(agent.Locator("aside h2", new() { HasText = "Customer" })).ToBeVisibleAsync();
            await Assertions.Expect(agent.Locator("aside").GetByText("customer@crm.local")).ToBeVisibleAsync();
            await CheckAsync(agent, $"ticket-{name}");

            await agent.GotoAsync("/app/customers");
            await Assertions.Expect(agent.Locator("[data-keyboard-item]").First).ToBeVisibleAsync();
            await CheckAsync(agent, $"customers-{name}");

            await agent.GotoAsync($"/app/customers/{customerId}");
            await Assertions.Expect(agent.GetByLabel("First name")).ToBeVisibleAsync();
            await CheckAsync(agent, $"customer-{name}");
        }
    }

    [Fact]
    public async Task The_portal_pages_have_no_serious_accessibility_violations_on_a_desktop_or_a_phone()
    {
        var customerId = await web.Api.SeededCustomerIdAsync();
        var ticketId = await web.Api.CreateTicketAsync(customerId, "Toaster burns one side");
        // A customer of their own: contact pressure allows only three invitations a week per customer.
        var token = await web.Api.InviteToSurveyAsync(await web.Api.CreateCustomerAsync("Portal"), $"Portal survey {Guid.NewGuid():N}"[..22]);

        foreach (var (size, name) in new[] { (WebSuiteFixture.Desktop, "desktop"), (WebSuiteFixture.Phone, "phone") })
        {
            var anonymous = await web.NewPageAsync(size);
            await anonymous.GotoAsync("/app/");
            await Assertions.Expect(anonymous.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
            await CheckAsync(anonymous, $"start-{name}");

            await anonymous.GotoAsync($"/app/s/{token}");
            await Assertions.Expect(anonymous.GetByText("How likely are you to recommend us to a friend?")).ToBeVisibleAsync();
            await CheckAsync(anonymous, $"survey-{name}");

            var customer = await web.SignedInAsync("customer@crm.local", "me", size);
            await Assertions.Expect(customer.GetByText("What we may send you")).ToBeVisibleAsync();
            await CheckAsync(customer, $"profile-{name}");

            await customer.GotoAsync("/app/me/tickets");
            await Assertions.Expect(customer.Locator("[data-keyboard-item]").First).ToBeVisibleAsync();
            await CheckAsync(customer, $"portal-tickets-{name}");

            await customer.GotoAsync($"/app/me/tickets/{ticketId}");
            await Assertions.Expect(customer.Locator("#my-reply")).ToBeVisibleAsync();
            await CheckAsync(customer, $"portal-ticket-{name}");
        }
    }

    private async Task CheckAsync(IPage page, string screenshot)
    {
        await page.HasNoSeriousAccessibilityViolationsAsync();
        await page.ScreenshotAsync(new() { Path = web.Screenshot(screenshot), FullPage = true });
    }
}
