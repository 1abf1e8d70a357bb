using Crm.BuildingBlocks.Rules;
using Crm.Surveys.Definitions;

namespace Crm.UnitTests.Surveys;

public sealed class SurveyDefinitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly List<Question> OneQuestion = [new("nps", QuestionType.Nps, "Would you recommend us?", null, true, null)];

    [Fact]
    public void A_built_in_survey_cannot_be_changed()
    {
        var survey = new Survey { Title = "CSAT", BuiltIn = true };
        Assert.Equal(Outcome.Refused("Built-in surveys cannot be changed."), survey.Revise("Mine now", SurveyKind.Nps, OneQuestion));
        Assert.Equal("CSAT", survey.Title);
    }

    [Fact]
    public void Publishing_freezes_the_draft_as_the_next_version_and_an_unchanged_draft_publishes_nothing()
    {
        var survey = new Survey { Id = Guid.CreateVersion7(), Title = "Spring", Questions = OneQuestion };
        var first = survey.Publish(null, Now);
        Assert.NotNull(first);
        Assert.Equal((1, 1, (DateTimeOffset?)Now), (first.Version, survey.PublishedVersion, survey.PublishedAt));

        Assert.Null(survey.Publish(first, Now.AddHours(1)));
        Assert.Equal(1, survey.PublishedVersion);

        Assert.True(survey.Revise("Spring", survey.Kind, [.. OneQuestion, new Question("why", QuestionType.Text, "Why?", null, false, null)]).IsChanged);
        Assert.Equal(2, survey.Publish(first, Now.AddHours(2))?.Version);
    }
}
