using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;
using MailKit.Net.Smtp;

namespace Crm.IntegrationTests.Channels;

/// <summary>Mail in and out against the real servers: the tickets service's SMTP listener and the suite's MailDev.</summary>
[Collection(SuiteCollection.Name)]
public sealed class MailChannelTests(SuiteFixture suite)
{
    private readonly SupportMailbox _support = new(suite);
    private readonly MailCatcher _catcher = new(suite);

    [Fact]
    public async Task A_mail_opens_a_ticket_the_agent_reply_reaches_the_customer_and_their_answer_threads_back()
    {
        using var agent = await suite.ClientAsync("agent", subject: "agent-" + Guid.NewGuid().ToString("N")[..6]);
        var email = $"mia.{Guid.NewGuid():N}"[..20] + "@example.com";
        var customer = (await suite.CreateCustomerAsync(agent, new { firstName = "Mia", lastName = "Mailer", email, lifecycleStage = "customer" })).GetProperty("id").GetGuid();
        await Eventually.UntilAsync(async () => (await agent.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode);

        var first = SupportMailbox.Message(email, "Printer jams on page two", "Every second page jams.\nModel P-200.");
        SupportMailbox.Attach(first, "jam.jpg", [1, 2, 3, 4, 5]);
        await _support.SendAsync(first);

        var ticket = await TicketOfAsync(agent, customer);
        Assert.Equal("email", ticket.GetProperty("channel").GetString());
        Assert.Equal("Printer jams on page two", ticket.GetProperty("subject").GetString());
        var number = ticket.GetProperty("number").GetString()!;
        Assert.Matches(@"^T-\d+$", number);
        var id = ticket.GetProperty("id").GetGuid();
        var files = await (await agent.GetAsync($"/api/tickets/{id}/attachments")).SuccessJsonAsync();
        Assert.Equal("jam.jpg", Assert.Single(files.EnumerateArray()).GetProperty("fileName").GetString());
        await _catcher.WaitForAsync(email, m => MailCatcher.Subject(m).Contains($"[#{number}]"), "the auto-acknowledgement");

        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "Please clean the rollers.", @internal = false })).SuccessJsonAsync();
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/comments", new { body = "note to self", @internal = true })).SuccessJsonAsync();
        var reply = await _catcher.WaitForAsync(email, m => MailCatcher.Text(m).Contains("clean the rollers"), "the agent's reply");
        Assert.Equal($"Re: Printer jams on page two [#{number}]", MailCatcher.Subject(reply));
        await (await agent.PostAsJsonAsync($"/api/tickets/{id}/status", new { status = "pending" })).SuccessJsonAsync();

        // The customer's mail program answers without the number in the subject: In-Reply-To alone threads it.
        await _support.SendAsync(SupportMailbox.Message(email, "Re: Printer jams", "Done, it works now.\n\nOn Monday the desk wrote:\n> Please clean the rollers.",
            m => m.InReplyTo = MailCatcher.Header(reply, "message-id").Trim('<', '>')));
        var threaded = await (await agent.GetAsync($"/api/tickets/{id}")).SuccessJsonAsync();
        Assert.Equal("open", threaded.GetProperty("status").GetString());
        var last = threaded.GetProperty("comments").EnumerateArray().Last();
        Assert.True(last.GetProperty("fromCustomer").GetBoolean());
        Assert.Equal("Done, it works now.", last.GetProperty("body").GetString());
        Assert.Single(await TicketsOfAsync(agent, customer));
        Assert.DoesNotContain(await _catcher.AllAsync(), m => MailCatcher.Text(m).Contains("note to self"));

        var deliveries = await (await agent.GetAsync($"/api/tickets/{id}/mail")).SuccessJsonAsync();
        Assert.All(deliveries.EnumerateArray(), d => Assert.Equal("sent", d.GetProperty("status").GetString()));
        Assert.Equal(2, deliveries.GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_sender_becomes_a_lead_with_a_ticket()
    {
        using var agent = await suite.ClientAsync("agent");
        var email = $"new.{Guid.NewGuid():N}"[..20] + "@example.org";
        await _support.SendAsync(SupportMailbox.Message(email, "Do you ship to Iceland?", "Hello, do you?"));

        var lead = await Eventually.ValueAsync<JsonElement>(async () =>
        {
            var page = await (await agent.GetAsync($"/api/customers?q={Uri.EscapeDataString(email)}")).SuccessJsonAsync();
            return page.GetProperty("items").EnumerateArray().Cast<JsonElement?>().FirstOrDefault();
        }, because: "the customers service records the sender as a lead");
        Assert.Equal("lead", lead.GetProperty("lifecycleStage").GetString());
        var ticket = await TicketOfAsync(agent, lead.GetProperty("id").GetGuid());
        Assert.Equal("Do you ship to Iceland?", ticket.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Automatic_mail_and_the_desks_own_mail_open_no_ticket()
    {
        var auto = $"auto.{Guid.NewGuid():N}"[..20] + "@example.org";
        var bulk = $"bulk.{Guid.NewGuid():N}"[..20] + "@example.org";
        var person = $"real.{Guid.NewGuid():N}"[..20] + "@example.org";
        await _support.SendAsync(SupportMailbox.Message(auto, "Out of office", "I am away.", m => m.Headers.Add("Auto-Submitted", "auto-replied")));
        await _support.SendAsync(SupportMailbox.Message(bulk, "Newsletter", "Our news.", m => m.Headers.Add("Precedence", "bulk")));
        await _support.SendAsync(SupportMailbox.Message(SupportMailbox.Address, "Re: loop", "The desk writing to itself."));
        await _support.SendAsync(SupportMailbox.Message(person, "A real question", "Is this thing on?"));

        // Mail leaves in the order it was queued: once the person's acknowledgement is out, any for the others would be too.
        await _catcher.WaitForAsync(person, _ => true, "the acknowledgement of the real question");
        Assert.Equal(0, await _catcher.CountToAsync(auto));
        Assert.Equal(0, await _catcher.CountToAsync(bulk));
        Assert.Equal(0, await _catcher.CountToAsync(SupportMailbox.Address));
    }

    [Fact]
    public async Task A_12_MB_attachment_is_refused_with_a_clear_answer_and_opens_nothing()
    {
        var sender = $"big.{Guid.NewGuid():N}"[..20] + "@example.org";
        var message = SupportMailbox.Message(sender, "Logs", "Attached.");
        SupportMailbox.Attach(message, "logs.zip", new byte[12 * 1024 * 1024]);

        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => _support.SendAsync(message));
        Assert.Equal(552, (int)refused.StatusCode);
        Assert.Contains("size", refused.Message, StringComparison.OrdinalIgnoreCase);

        await _support.SendAsync(SupportMailbox.Message(sender, "Logs, smaller", "A link instead."));
        await _catcher.WaitForAsync(sender, m => MailCatcher.Subject(m).Contains("Logs, smaller"), "the acknowledgement of the second mail");
        Assert.Equal(1, await _catcher.CountToAsync(sender));
    }

    private static async Task<List<JsonElement>> TicketsOfAsync(HttpClient agent, Guid customer) =>
        [.. (await (await agent.GetAsync($"/api/tickets?customerId={customer}")).SuccessJsonAsync()).GetProperty("items").EnumerateArray()];

    private static Task<JsonElement> TicketOfAsync(HttpClient agent, Guid customer) =>
        Eventually.ValueAsync<JsonElement>(async () => (await TicketsOfAsync(agent, customer)).Cast<JsonElement?>().FirstOrDefault(), because: "the mail's ticket");
}
