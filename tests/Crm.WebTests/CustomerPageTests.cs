using Microsoft.Playwright;

namespace Crm.WebTests;

/// <summary>An agent edits a customer: a change someone else saved first is shown as a conflict, and nothing is overwritten.</summary>
[Collection(WebCollection.Name)]
public sealed class CustomerPageTests(WebSuiteFixture web)
{
    [Fact]
    public async Task A_save_over_someone_elses_change_is_refused_and_said_clearly_then_an_interaction_is_logged()
    {
        var lastName = $"Conflict{Guid.NewGuid():N}"[..16];
        var customerId = await web.Api.CreateCustomerAsync(lastName);
        var first = await web.SignedInAsync("agent@crm.local", $"customers/{customerId}");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync($"/app/customers/{customerId}");
        await Assertions.Expect(second.GetByLabel("City")).ToHaveValueAsync("Porto");

        await first.GetByLabel("City").FillAsync("Lisboa");
        await first.Button("Save changes").ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");

        await second.GetByLabel("City").FillAsync("Braga");
        await second.Button("Save changes").ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("Someone else changed this");
        await second.Button("Reload their version").ClickAsync();
        await Assertions.Expect(second.GetByLabel("City")).ToHaveValueAsync("Lisboa");

        await second.GetByLabel("What was said").FillAsync("Asked about the warranty of the blender.");
        await second.GetByLabel("Outcome").FillAsync("Sent the warranty terms");
        await second.Button("Log interaction").ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToHaveTextAsync("Logged.");
        await Assertions.Expect(second.Locator("section[aria-label=Details] ol[aria-label=Timeline]")).ToContainTextAsync("warranty", new() { Timeout = 20_000 });
    }
}
