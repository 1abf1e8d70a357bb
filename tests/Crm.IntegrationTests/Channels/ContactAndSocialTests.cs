using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Channels;

/// <summary>The website's contact form and a social network's signed webhook, through the gateway.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ContactAndSocialTests(SuiteFixture suite)
{
    private readonly MailCatcher _catcher = new(suite);

    [Fact]
    public async Task The_contact_form_opens_a_web_ticket_and_acknowledges_it_a_bot_filling_the_honeypot_gets_nothing()
    {
        using var visitor = suite.AnonymousClientFrom(IPAddress.Parse("127.0.0.61"));
        var email = $"visit.{Guid.NewGuid():N}"[..20] + "@example.net";
        var accepted = await (await visitor.PostAsJsonAsync("/api/contact", new { name = "Vera Visitor", email, subject = "Opening hours", message = "Are you open on Sundays?" })).SuccessJsonAsync();
        var number = accepted.GetProperty("ticketNumber").GetString()!;
        Assert.Matches(@"^T-\d+$", number);

        using var agent = await suite.ClientAsync("agent");
        var ticket = Assert.Single((await (await agent.GetAsync($"/api/tickets?number={number}")).SuccessJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(("web", "Opening hours", "Are you open on Sundays?"),
            (ticket.GetProperty("channel").GetString(), ticket.GetProperty("subject").GetString(), ticket.GetProperty("description").GetString()));
        await _catcher.WaitForAsync(email, m => MailCatcher.Subject(m).Contains($"[#{number}]"), "the contact form's acknowledgement");

        var bot = $"bot.{Guid.NewGuid():N}"[..20] + "@example.net";
        using var trapped = await visitor.PostAsJsonAsync("/api/contact", new { name = "Bot", email = bot, message = "Buy now", website = "http://spam.example" });
        Assert.Equal(HttpStatusCode.Accepted, trapped.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await trapped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNumber").ValueKind);
        var page = await (await agent.GetAsync($"/api/customers?q={Uri.EscapeDataString(bot)}")).SuccessJsonAsync();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_contact_form_refuses_bad_input_and_allows_five_a_minute_per_address()
    {
        using var visitor = suite.AnonymousClientFrom(IPAddress.Parse("127.0.0.62"));
        using var invalid = await visitor.PostAsJsonAsync("/api/contact", new { name = "V", email = "not-an-address", message = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _) && errors.TryGetProperty("message", out _));

        for (var i = 0; i < 4; i++)
        {
            using var again = await visitor.PostAsJsonAsync("/api/contact", new { name = "V", email = "x" });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        }

        using var limited = await visitor.PostAsJsonAsync("/api/contact", new { name = "V", email = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task A_signed_social_message_opens_a_ticket_its_thread_comments_a_replay_and_a_forgery_change_nothing()
    {
        using var network = suite.AnonymousClientFrom(IPAddress.Parse("127.0.0.63"));
        var thread = Guid.NewGuid().ToString("N");
        var sender = "u" + Guid.NewGuid().ToString("N")[..10];
        var first = Body(thread, sender, "My order never arrived");

        using var forged = await PostAsync(network, first, "dev-social-secret-but-wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        using var unsigned = await network.PostAsync("/api/channels/social/demo/webhook", new ByteArrayContent(first));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        using var accepted = await PostAsync(network, first, "dev-social-secret");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        using var replayed = await PostAsync(network, first, "dev-social-secret");
        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        using var followUp = await PostAsync(network, Body(thread, sender, "Order 1234, sent last week"), "dev-social-secret");
        Assert.Equal(HttpStatusCode.Accepted, followUp.StatusCode);

        using var agent = await suite.ClientAsync("agent");
        var lead = await Eventually.ValueAsync<JsonElement>(async () =>
            (await (await agent.GetAsync($"/api/customers?q={sender}")).SuccessJsonAsync()).GetProperty("items").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(),
            because: "the sender becomes a lead");
        var tickets = (await (await agent.GetAsync($"/api/tickets?customerId={lead.GetProperty("id").GetGuid()}")).SuccessJsonAsync()).GetProperty("items");
        var ticket = Assert.Single(tickets.EnumerateArray());
        Assert.Equal(("social", "My order never arrived"), (ticket.GetProperty("channel").GetString(), ticket.GetProperty("description").GetString()));
        var comment = Assert.Single(ticket.GetProperty("comments").EnumerateArray());
        Assert.Equal("Order 1234, sent last week", comment.GetProperty("body").GetString());
    }

    private static byte[] Body(string thread, string sender, string text) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        messageId = Guid.NewGuid().ToString("N"), threadId = thread, from = new { id = sender, handle = "@" + sender, name = "Sam Social" }, text, sentAt = DateTimeOffset.UtcNow,
    }));

    private static Task<HttpResponseMessage> PostAsync(HttpClient network, byte[] body, string secret)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/social/demo/webhook") { Content = content };
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        return network.SendAsync(request);
    }
}
