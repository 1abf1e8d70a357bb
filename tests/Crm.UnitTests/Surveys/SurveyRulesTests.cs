using System.Text.Json;
using Crm.Surveys.Customers;
using Crm.Surveys.Definitions;
using Crm.Surveys.Responses;
using Crm.Surveys.Results;

namespace Crm.UnitTests.Surveys;

public sealed class SurveyRulesTests
{
    private static readonly IReadOnlyList<Question> Questions =
    [
        new("nps", QuestionType.Nps, "Recommend us?", null, true, null),
        new("why", QuestionType.Single, "Main reason?", ["price", "service", "quality"], true, new ShowIf("nps", ["0", "1", "2", "3", "4", "5", "6"])),
        new("channels", QuestionType.Multi, "Where do you shop?", ["web", "store"], false, null),
        new("comment", QuestionType.Text, "Anything else?", null, false, null),
    ];

    private static IReadOnlyList<(string, JsonElement)> Answers(params (string Key, object Value)[] answers) =>
        answers.Select(a => (a.Key, JsonSerializer.SerializeToElement(a.Value))).ToList();

    [Fact]
    public void A_complete_detractor_answer_is_accepted_and_normalised()
    {
        var (answers, errors) = AnswerValidator.Validate(Questions, Answers(("nps", 3), ("why", "price"), ("channels", new[] { "web", "store" })));
        Assert.Empty(errors);
        Assert.Equal("3", answers["nps"]);
        Assert.Equal("web,store", answers["channels"]);
    }

    [Fact]
    public void Skip_logic_requires_shown_questions_and_refuses_hidden_ones()
    {
        Assert.Equal(["why"], AnswerValidator.Validate(Questions, Answers(("nps", 2))).Errors.Keys);
        Assert.Equal(["why"], AnswerValidator.Validate(Questions, Answers(("nps", 10), ("why", "price"))).Errors.Keys);
        Assert.Empty(AnswerValidator.Validate(Questions, Answers(("nps", 10))).Errors);
    }

    [Theory]
    [InlineData("nps", 11)]
    [InlineData("nps", -1)]
    [InlineData("nps", 7.5)]
    [InlineData("nps", "ten")]
    [InlineData("unknown", 1)]
    public void Out_of_range_wrong_type_and_unknown_answers_are_errors_on_their_question(string key, object value)
    {
        var (_, errors) = AnswerValidator.Validate(Questions, Answers((key, value), ("why", "price")));
        Assert.Contains(key, errors.Keys);
    }

    [Fact]
    public void Nps_is_promoters_minus_detractors_in_percent()
    {
        // 3 promoters (9, 10, 10), 2 passives (7, 8), 3 detractors (0, 5, 6) of 8: 37.5 − 37.5 = 0; then one more promoter: 4/9 − 3/9 = 11.1.
        Assert.Equal(0.0, SurveyResults.NpsOf([9, 10, 10, 7, 8, 0, 5, 6]));
        Assert.Equal(11.1, SurveyResults.NpsOf([9, 10, 10, 7, 8, 0, 5, 6, 9]));
        Assert.Null(SurveyResults.NpsOf([]));
    }

    [Fact]
    public void Results_aggregate_per_question_by_month_and_by_segment()
    {
        SurveyResponse R(int nps, string country, int month, string? invitation = "x") => new()
        {
            Id = Guid.NewGuid(), InvitationId = invitation is null ? null : Guid.NewGuid(), Nps = nps, Country = country,
            Answers = new() { ["nps"] = nps.ToString(System.Globalization.CultureInfo.InvariantCulture) }, RespondedAt = new DateTimeOffset(2026, month, 10, 0, 0, 0, TimeSpan.Zero),
        };
        var results = SurveyResults.Compute(Questions, [R(10, "PT", 1), R(3, "PT", 1), R(9, "ES", 2), R(8, "ES", 2, invitation: null)], invited: 5, r => r.Country);

        Assert.Equal(4, results.Responses);
        Assert.Equal(60.0, results.ResponseRate); // 3 of 5 invitations answered; the vendor response had none
        Assert.Equal(25.0, results.Nps);          // 2 promoters − 1 detractor of 4
        Assert.Equal(7.5, results.ByQuestion["nps"].Average);
        Assert.Equal(["2026-01", "2026-02"], results.Trend.Select(t => t.Month));
        Assert.Equal(0.0, results.Breakdown!["PT"].Nps);
        Assert.Equal(50.0, results.Breakdown["ES"].Nps);
    }

    [Fact]
    public void Marketing_invitations_need_a_grant_while_the_csat_only_needs_no_withdrawal()
    {
        var never = new Respondent();
        var granted = new Respondent { MarketingConsent = new() { ["email"] = true } };
        var withdrawn = new Respondent { MarketingConsent = new() { ["all"] = true, ["email"] = false } };

        Assert.False(never.MayContact("email", transactional: false));
        Assert.True(never.MayContact("email", transactional: true));
        Assert.True(granted.MayContact("email", transactional: false));
        Assert.False(withdrawn.MayContact("email", transactional: true));
        Assert.True(withdrawn.MayContact("sms", transactional: false));
        Assert.False(new Respondent { Erased = true }.MayContact("email", transactional: true));
    }
}
