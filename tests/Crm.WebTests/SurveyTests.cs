using Microsoft.Playwright;

namespace Crm.WebTests;

/// <summary>A customer answers a survey from its link, without signing in.</summary>
[Collection(WebCollection.Name)]
public sealed class SurveyTests(WebSuiteFixture web)
{
    [Fact]
    public async Task A_customer_answers_a_survey_from_its_link_without_signing_in()
    {
        var customerId = await web.Api.CreateCustomerAsync("Survey");
        var token = await web.Api.InviteToSurveyAsync(customerId, $"How did we do {Guid.NewGuid():N}"[..20]);

        var page = await web.NewPageAsync(WebSuiteFixture.Phone);
        await page.GotoAsync($"/app/s/{token}");
        // The first page of a freshly started app takes a while on a busy machine.
        await Assertions.Expect(page.GetByText("How likely are you to recommend us to a friend?")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("What should we do better?")).ToHaveCountAsync(0);

        // Nothing chosen: the service's refusal is shown, and nothing is recorded.
        await page.Button("Send answers").ClickAsync();
        await Assertions.Expect(page.Locator(".problem")).ToBeVisibleAsync();

        await page.Locator("fieldset", new() { HasText = "recommend" }).GetByLabel("3", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.GetByText("What should we do better?")).ToBeVisibleAsync();
        await page.GetByLabel("What should we do better?").FillAsync("Answer the phone sooner.");
        await page.ScreenshotAsync(new() { Path = web.Screenshot("survey-phone"), FullPage = true });
        await page.Button("Send answers").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you");

        var again = await web.NewPageAsync();
        await again.GotoAsync($"/app/s/{token}");
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }
}
