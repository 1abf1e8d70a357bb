using System.Net;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Identity;

/// <summary>The sign-in pages a person sees: registration with a mailed confirmation, lockout, one answer for every failure, bad input.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AccountPagesTests(SuiteFixture suite)
{
    private const string Password = "Orchard-Lamp-2026";

    [Fact]
    public async Task A_customer_registers_confirms_the_mailed_link_and_signs_in_as_a_new_lead()
    {
        var email = $"reg.{Guid.NewGuid():N}@example.com";
        using var flow = new SignInFlow(suite);
        await RegisterAsync(flow, email);

        using var early = await flow.LoginAsync(email, Password);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        using var confirmed = await flow.GetAsync(new Uri(await MailDrop.LinkAsync(suite, email, "/account/confirm-email")).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("confirmed", await confirmed.Content.ReadAsStringAsync());

        var access = await Eventually.ValueAsync(async () =>
        {
            var token = (await flow.SignInAsync(email, Password)).GetProperty("access_token").GetString()!;
            return SignInFlow.Payload(token).TryGetProperty("customer_id", out _) ? token : null;
        }, TimeSpan.FromSeconds(60), "the confirmed login is linked to a customer record");
        using var api = suite.AnonymousClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", access);
        var me = await (await api.GetAsync("/api/me")).SuccessJsonAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("lead", me.GetProperty("lifecycleStage").GetString());
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_and_every_failure_reads_the_same()
    {
        var email = await ConfirmedCustomerAsync();
        using var flow = new SignInFlow(suite);
        using var unknown = await flow.LoginAsync($"nobody.{Guid.NewGuid():N}@example.com", "Wrong-Password-1");
        var unknownMessage = Alert(await unknown.Content.ReadAsStringAsync());

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await flow.LoginAsync(email, "Wrong-Password-1");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(unknownMessage, Alert(await wrong.Content.ReadAsStringAsync()));
        }

        using var locked = await flow.LoginAsync(email, Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(unknownMessage, Alert(await locked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Bad_input_on_the_pages_gets_a_clear_answer_and_never_a_server_error()
    {
        using var flow = new SignInFlow(suite);
        using var empty = await flow.LoginAsync("", "");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter your email", await empty.Content.ReadAsStringAsync());

        using var fieldsLeftOut = await flow.PostFormAsync("/account/login", "/account/login", new() { ["email"] = "agent@crm.local" });
        Assert.Equal(HttpStatusCode.BadRequest, fieldsLeftOut.StatusCode);
        Assert.Contains("Enter your email", await fieldsLeftOut.Content.ReadAsStringAsync());
        using var noReturnUrl = await flow.PostFormAsync("/account/login", "/account/login",
            new() { ["email"] = "agent@crm.local", ["password"] = "Crm-Dev-2026!" });
        Assert.Equal(HttpStatusCode.Redirect, noReturnUrl.StatusCode);

        using var anonymous = suite.AnonymousClient();
        using var noAntiforgery = await anonymous.PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "agent@crm.local", ["password"] = "Crm-Dev-2026!" }));
        Assert.Equal(HttpStatusCode.BadRequest, noAntiforgery.StatusCode);

        using var weak = await flow.PostFormAsync("/account/register", "/account/register",
            new() { ["name"] = "Weak Pass", ["email"] = $"weak.{Guid.NewGuid():N}@example.com", ["password"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("at least", (await weak.Content.ReadAsStringAsync()).ToLowerInvariant());

        using var badLink = await flow.GetAsync("/account/confirm-email?userId=nobody&token=forged");
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        using var offsite = await flow.LoginAsync("agent@crm.local", "Crm-Dev-2026!", "https://evil.example/");
        Assert.Equal("/account/signed-in", offsite.Headers.Location?.OriginalString);
    }

    /// <summary>A new customer login, registered and confirmed by its mailed link.</summary>
    public async Task<string> ConfirmedCustomerAsync()
    {
        var email = $"cust.{Guid.NewGuid():N}@example.com";
        using var flow = new SignInFlow(suite);
        await RegisterAsync(flow, email);
        using var confirmed = await flow.GetAsync(new Uri(await MailDrop.LinkAsync(suite, email, "/account/confirm-email")).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return email;
    }

    private static async Task RegisterAsync(SignInFlow flow, string email)
    {
        using var registered = await flow.PostFormAsync("/account/register", "/account/register",
            new() { ["name"] = "Rita Registered", ["email"] = email, ["password"] = Password });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
    }

    private static string Alert(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<p role=\"alert\">(.*?)</p>").Groups[1].Value is { Length: > 0 } text ? text : throw new InvalidOperationException(html);
}
