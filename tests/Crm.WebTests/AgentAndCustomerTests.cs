using Microsoft.Playwright;

namespace Crm.WebTests;

/// <summary>A day at the service desk: an agent answers a ticket and the customer reads the reply in the portal.</summary>
[Collection(WebCollection.Name)]
public sealed class AgentAndCustomerTests(WebSuiteFixture web)
{
    [Fact]
    public async Task An_agent_answers_a_ticket_and_the_customer_reads_the_reply_in_the_portal()
    {
        var customerId = await web.Api.SeededCustomerIdAsync();
        var subject = $"Blender stopped {Guid.NewGuid():N}"[..28];
        await web.Api.CreateTicketAsync(customerId, subject, priority: "high");

        var agent = await web.SignedInAsync("agent@crm.local", "tickets");
        await agent.Button("All").ClickAsync();
        await agent.GetByRole(AriaRole.Link, new() { NameRegex = new(subject) }).ClickAsync();
        await Assertions.Expect(agent.Locator("h1")).ToHaveTextAsync(subject);
        await agent.Locator("#reply-body").FillAsync("We are sending you a replacement today.");
        await agent.Button("Send reply").ClickAsync();
        await Assertions.Expect(agent.Locator(".conversation")).ToContainTextAsync("We are sending you a replacement today.");
        await agent.Locator("#reply-body").FillAsync("Courier notes: fragile.");
        await agent.GetByLabel("Internal note").CheckAsync();
        await agent.Button("Add note").ClickAsync();
        await Assertions.Expect(agent.Locator(".conversation li.internal")).ToContainTextAsync("Courier notes: fragile.");

        var customer = await web.SignedInAsync("customer@crm.local", "me/tickets");
        await customer.GetByRole(AriaRole.Link, new() { NameRegex = new(subject) }).ClickAsync();
        await Assertions.Expect(customer.Locator(".conversation")).ToContainTextAsync("We are sending you a replacement today.");
        await Assertions.Expect(customer.Locator(".conversation")).Not.ToContainTextAsync("Courier notes");

        // The customer answers; the agent's open page shows it without a reload, and the agent's next reply reaches the
        // customer's open page the same way.
        await customer.Locator("#my-reply").FillAsync("Thank you, I will be home.");
        await customer.Button("Send").ClickAsync();
        await Assertions.Expect(agent.Locator(".conversation")).ToContainTextAsync("Thank you, I will be home.", new() { Timeout = 20_000 });
        await agent.Locator("#reply-body").FillAsync("It is on its way.");
        await agent.GetByLabel("Internal note").UncheckAsync();
        await agent.Button("Send reply").ClickAsync();
        await Assertions.Expect(customer.Locator(".conversation")).ToContainTextAsync("It is on its way.", new() { Timeout = 20_000 });

        await agent.ScreenshotAsync(new() { Path = web.Screenshot("conversation-agent-desktop"), FullPage = true });
        await customer.ScreenshotAsync(new() { Path = web.Screenshot("conversation-customer-desktop"), FullPage = true });
    }

    [Fact]
    public async Task The_ticket_queue_is_used_with_the_keyboard()
    {
        var customerId = await web.Api.SeededCustomerIdAsync();
        for (var i = 0; i < 3; i++)
        {
            await web.Api.CreateTicketAsync(customerId, $"Keyboard {i} {Guid.NewGuid():N}"[..24]);
        }

        var agent = await web.SignedInAsync("agent@crm.local", "tickets");
        await agent.Button("All").ClickAsync();
        var items = agent.Locator("[data-keyboard-item]");
        await Assertions.Expect(items.Nth(2)).ToBeVisibleAsync();
        var ids = await items.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-ticket-id'))");

        await items.First.FocusAsync();
        await agent.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(ids[1], await agent.FocusedTicketAsync());
        await agent.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(ids[2], await agent.FocusedTicketAsync());
        await agent.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(ids[1], await agent.FocusedTicketAsync());
        await agent.Keyboard.PressAsync("End");
        Assert.Equal(ids[^1], await agent.FocusedTicketAsync());
        await agent.Keyboard.PressAsync("Home");
        Assert.Equal(ids[0], await agent.FocusedTicketAsync());

        await agent.Keyboard.PressAsync("Enter");
        await agent.WaitForURLAsync(url => url.EndsWith($"/app/tickets/{ids[0]}", StringComparison.Ordinal));
        await Assertions.Expect(agent.Locator("#reply-body")).ToBeVisibleAsync();
    }
}
