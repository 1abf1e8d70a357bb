using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Surveys;

[Collection(SuiteCollection.Name)]
public sealed class SurveysApiTests(SuiteFixture suite)
{
    private static Task<JsonElement> Json(HttpResponseMessage response) => response.SuccessJsonAsync();

    private async Task<Guid> CustomerAsync(HttpClient admin, bool marketingEmail)
    {
        var id = (await suite.CreateCustomerAsync(admin)).GetProperty("id").GetGuid();
        if (marketingEmail)
        {
            await Json(await admin.PutAsJsonAsync($"/api/customers/{id}/consents", new { purpose = "marketing", channel = "email", granted = true }));
        }

        return id;
    }

    [Fact]
    public async Task An_nps_survey_invites_with_consent_takes_one_answer_per_token_and_a_detractor_gets_a_follow_up_ticket()
    {
        using var admin = await suite.ClientAsync("admin");
        var consenting = await CustomerAsync(admin, marketingEmail: true);
        var silent = await CustomerAsync(admin, marketingEmail: false);
        var survey = await Json(await admin.PostAsJsonAsync("/api/surveys", new
        {
            title = "Would you recommend us?", kind = "nps",
            questions = new object[] { new { key = "nps", type = "nps", text = "How likely…?", required = true }, new { key = "why", type = "text", text = "Why?", required = false } },
        }));
        var surveyId = survey.GetProperty("id").GetGuid();
        Assert.Equal("draft", survey.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/surveys/{surveyId}/invitations", new { customerIds = new[] { consenting }, channel = "email" })).StatusCode);
        await Json(await admin.PostAsync($"/api/surveys/{surveyId}/publish", null));

        // Surveys decides from what it has learnt from customer events: retry until each customer is known there.
        // A skipped customer gets no invitation, so retrying invites nobody twice.
        await Eventually.UntilAsync(async () =>
        {
            var result = await Json(await admin.PostAsJsonAsync($"/api/surveys/{surveyId}/invitations", new { customerIds = new[] { silent }, channel = "email" }));
            return result.GetProperty("skipped")[0].GetProperty("reason").GetString() == "no-consent";
        }, because: "a customer without marketing consent is skipped with the reason");
        await Eventually.UntilAsync(async () =>
        {
            var result = await Json(await admin.PostAsJsonAsync($"/api/surveys/{surveyId}/invitations", new { customerIds = new[] { consenting }, channel = "email" }));
            return result.GetProperty("invited").GetArrayLength() == 1;
        }, because: "a consenting customer is invited");

        var staffView = await Json(await admin.GetAsync($"/api/surveys/invitations?customerId={consenting}"));
        Assert.DoesNotContain("token", staffView.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));

        using var me = await suite.ClientAsync("customer", consenting);
        var open = await Json(await me.GetAsync("/api/me/surveys"));
        var token = open.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("surveyId").GetGuid() == surveyId).GetProperty("token").GetString();
        using var anonymous = suite.AnonymousClient();
        var form = await Json(await anonymous.GetAsync($"/api/surveys/invitations/{token}"));
        Assert.Equal("Would you recommend us?", form.GetProperty("title").GetString());

        var invalid = await anonymous.PostAsJsonAsync($"/api/surveys/invitations/{token}/responses", new { answers = new object[] { new { key = "nps", value = 42 } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("nps", out _));
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync($"/api/surveys/invitations/{token}/responses", new { answers = new object[] { new { key = "nps", value = 3 }, new { key = "why", value = "Slow delivery" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await anonymous.PostAsJsonAsync($"/api/surveys/invitations/{token}/responses", new { answers = new object[] { new { key = "nps", value = 10 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/surveys/invitations/{token![..^3]}abc")).StatusCode);

        var results = await Json(await admin.GetAsync($"/api/surveys/{surveyId}/results"));
        Assert.Equal(1, results.GetProperty("responses").GetInt32());
        Assert.Equal(-100.0, results.GetProperty("nps").GetDouble());

        await Eventually.UntilAsync(async () =>
        {
            var tickets = await Json(await admin.GetAsync($"/api/tickets?customerId={consenting}"));
            return tickets.GetProperty("items").EnumerateArray().Any(t => t.GetProperty("category").GetString() == "feedback" && t.GetProperty("priority").GetString() == "high");
        }, because: "a detractor opens a follow-up ticket (closing the loop)");
        await Eventually.UntilAsync(async () =>
            (await Json(await admin.GetAsync($"/api/customers/{consenting}/timeline"))).GetProperty("items").EnumerateArray().Any(i => i.GetProperty("type").GetString() == "survey-response"));
    }

    [Fact]
    public async Task Resolving_a_ticket_invites_the_customer_to_the_csat_survey_once()
    {
        using var admin = await suite.ClientAsync("admin");
        var customer = await CustomerAsync(admin, marketingEmail: false);
        await Eventually.UntilAsync(async () => (await admin.GetAsync($"/api/tickets/customers/{customer}")).IsSuccessStatusCode);
        var ticket = (await Json(await admin.PostAsJsonAsync("/api/tickets", new { customerId = customer, channel = "phone", subject = "Refund", description = "d", priority = "normal" }))).GetProperty("id").GetGuid();
        await Json(await admin.PostAsJsonAsync($"/api/tickets/{ticket}/status", new { status = "resolved", resolution = "Refunded" }));
        await Json(await admin.PostAsJsonAsync($"/api/tickets/{ticket}/status", new { status = "open" }));
        await Json(await admin.PostAsJsonAsync($"/api/tickets/{ticket}/status", new { status = "resolved", resolution = "Refunded again" }));

        await Eventually.UntilAsync(async () => (await Json(await admin.GetAsync($"/api/surveys/invitations?customerId={customer}"))).GetProperty("items").GetArrayLength() > 0,
            because: "TicketResolved invites to the CSAT survey");
        var invitations = (await Json(await admin.GetAsync($"/api/surveys/invitations?customerId={customer}"))).GetProperty("items");
        Assert.Equal(1, invitations.GetArrayLength());
        Assert.True(invitations[0].GetProperty("transactional").GetBoolean());

        using var me = await suite.ClientAsync("customer", customer);
        var token = (await Json(await me.GetAsync("/api/me/surveys"))).GetProperty("items")[0].GetProperty("token").GetString();
        using var anonymous = suite.AnonymousClient();
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync($"/api/surveys/invitations/{token}/responses", new { answers = new object[] { new { key = "csat", value = 5 } } })).StatusCode);
    }

    [Fact]
    public async Task An_invitation_answers_the_version_it_was_sent_with_after_the_survey_changes()
    {
        using var admin = await suite.ClientAsync("admin");
        var customer = await CustomerAsync(admin, marketingEmail: true);
        var v1 = new { title = "Delivery", kind = "custom", questions = new object[] { new { key = "speed", type = "rating", text = "Speed?", required = true } } };
        var surveyId = (await Json(await admin.PostAsJsonAsync("/api/surveys", v1))).GetProperty("id").GetGuid();
        await Json(await admin.PostAsync($"/api/surveys/{surveyId}/publish", null));
        await Eventually.UntilAsync(async () =>
            (await Json(await admin.PostAsJsonAsync($"/api/surveys/{surveyId}/invitations", new { customerIds = new[] { customer }, channel = "email" }))).GetProperty("invited").GetArrayLength() == 1);

        var v2 = new { title = "Delivery", kind = "custom", questions = new object[] { new { key = "speed", type = "rating", text = "Speed?", required = true }, new { key = "courier", type = "single", text = "Courier?", options = new[] { "a", "b" }, required = true } } };
        await Json(await admin.PutAsJsonAsync($"/api/surveys/{surveyId}", v2));
        var published = await Json(await admin.PostAsync($"/api/surveys/{surveyId}/publish", null));
        Assert.Equal(2, published.GetProperty("publishedVersion").GetInt32());

        using var me = await suite.ClientAsync("customer", customer);
        var token = (await Json(await me.GetAsync("/api/me/surveys"))).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("surveyId").GetGuid() == surveyId).GetProperty("token").GetString();
        using var anonymous = suite.AnonymousClient();
        Assert.Single((await Json(await anonymous.GetAsync($"/api/surveys/invitations/{token}"))).GetProperty("questions").EnumerateArray());
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync($"/api/surveys/invitations/{token}/responses", new { answers = new object[] { new { key = "speed", value = 4 } } })).StatusCode);
    }

    [Fact]
    public async Task An_outsourced_vendor_submits_responses_through_the_partner_api_and_they_count_in_the_results()
    {
        using var admin = await suite.ClientAsync("admin");
        var created = await suite.CreateCustomerAsync(admin);
        var email = created.GetProperty("email").GetString()!;
        var surveyId = (await Json(await admin.PostAsJsonAsync("/api/surveys", new { title = "Store visit", kind = "csat", questions = new object[] { new { key = "csat", type = "csat", text = "Satisfied?", required = true } } }))).GetProperty("id").GetGuid();
        await Json(await admin.PostAsync($"/api/surveys/{surveyId}/publish", null));
        var partner = (await Json(await admin.PostAsJsonAsync("/api/partners", new { name = "Survey vendor", industry = "market research" }))).GetProperty("id").GetGuid();
        var key = (await Json(await admin.PostAsJsonAsync($"/api/partners/{partner}/keys", new { scopes = new[] { "surveys:submit" } }))).GetProperty("key").GetString()!;
        using var vendor = suite.PartnerClient(key);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

        Assert.Equal(HttpStatusCode.Accepted, (await vendor.PostAsJsonAsync("/partner/v1/survey-responses", new { surveyId, customerHashedEmail = hash, answers = new[] { new { key = "csat", value = "4" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await vendor.PostAsJsonAsync("/partner/v1/survey-responses", new { surveyId, customerHashedEmail = hash, answers = new[] { new { key = "csat", value = "9" } } })).StatusCode);

        await Eventually.UntilAsync(async () => (await Json(await admin.GetAsync($"/api/surveys/{surveyId}/results"))).GetProperty("responses").GetInt32() == 1,
            because: "the valid vendor response is stored; the out-of-range one is dropped");
        var results = await Json(await admin.GetAsync($"/api/surveys/{surveyId}/results"));
        Assert.Equal(4.0, results.GetProperty("csat").GetDouble());
    }

    [Fact]
    public async Task Bad_survey_definitions_are_refused_per_field()
    {
        using var marketer = await suite.ClientAsync("marketer");
        using var response = await marketer.PostAsJsonAsync("/api/surveys", new
        {
            title = "", kind = "nps",
            questions = new object[] { new { key = "a", type = "single", text = "t", options = new[] { "only" } }, new { key = "a", type = "text", text = "t", showIf = new { key = "zzz", @in = new[] { "x" } } } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "title", "questions[0].options", "questions[1].key", "questions[1].showIf", "questions" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        using var agent = await suite.ClientAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/surveys", new { title = "x" })).StatusCode);
    }
}
