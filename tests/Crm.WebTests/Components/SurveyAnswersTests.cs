using Crm.Web.Api.Client.Models;
using Crm.Web.Components.Pages.Surveys;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Crm.WebTests.Components;

/// <summary>The survey page's skip logic and the answers it sends.</summary>
public sealed class SurveyAnswersTests
{
    private static readonly List<Question> Questions =
    [
        new() { Key = "nps", Type = QuestionType.Nps, Text = "Recommend?", Required = true },
        new() { Key = "why", Type = QuestionType.Text, Text = "Why?", ShowIf = new ShowIf { Key = "nps", In = ["0", "1", "2", "3", "4", "5", "6"] } },
        new() { Key = "topics", Type = QuestionType.Multi, Text = "Topics", Options = ["price", "speed"] },
    ];

    [Fact]
    public void A_follow_up_shows_only_for_the_answers_it_names_and_a_hidden_answer_is_not_sent()
    {
        var answers = new SurveyAnswers(Questions);
        Assert.False(answers.IsShown(Questions[1]));

        answers.Set("nps", "3");
        answers.Set("why", "Slow");
        Assert.True(answers.IsShown(Questions[1]));
        Assert.Equal(["nps", "why"], answers.ToAnswers().Select(a => a.Key));

        answers.Set("nps", "9");
        Assert.False(answers.IsShown(Questions[1]));
        Assert.Equal(["nps"], answers.ToAnswers().Select(a => a.Key));
    }

    [Fact]
    public void Scores_are_sent_as_numbers_and_several_choices_as_a_list()
    {
        var answers = new SurveyAnswers(Questions);
        answers.Set("nps", "10");
        answers.Toggle("topics", "price", true);
        answers.Toggle("topics", "speed", true);
        answers.Toggle("topics", "speed", false);

        var sent = answers.ToAnswers();
        Assert.Equal(10, Assert.IsType<UntypedInteger>(sent[0].Value).GetValue());
        var topics = Assert.IsType<UntypedArray>(sent[1].Value).GetValue().Cast<UntypedString>().Select(s => s.GetValue());
        Assert.Equal(["price"], topics);
    }
}
