using System.Globalization;
using System.Text.Json;
using Crm.Surveys.Definitions;

namespace Crm.Surveys.Responses;

/// <summary>
/// Checks answers against the published questions: types and ranges (NPS 0–10, CSAT and rating 1–5), options,
/// required questions that skip logic shows, and no answers to unknown or hidden questions.
/// </summary>
public static class AnswerValidator
{
    public const int MaxText = 4000;

    public static (Dictionary<string, string> Answers, Dictionary<string, string[]> Errors) Validate(IReadOnlyList<Question> questions, IReadOnlyList<(string Key, JsonElement Value)> submitted)
    {
        var errors = new Dictionary<string, string[]>();
        var answers = new Dictionary<string, string>();
        var byKey = questions.ToDictionary(q => q.Key);
        foreach (var group in submitted.GroupBy(a => a.Key))
        {
            if (!byKey.TryGetValue(group.Key, out var question))
            {
                errors[group.Key] = ["Not a question of this survey."];
            }
            else if (group.Count() > 1)
            {
                errors[group.Key] = ["Answered more than once."];
            }
            else if (Normalize(question, group.Single().Value) is { } value)
            {
                answers[question.Key] = value;
            }
            else
            {
                errors[question.Key] = [Expected(question)];
            }
        }

        foreach (var question in questions)
        {
            var shown = question.ShowIf is not { } rule || (answers.TryGetValue(rule.Key, out var earlier) && rule.In.Contains(earlier));
            if (!shown && answers.Remove(question.Key))
            {
                errors[question.Key] = ["This question is not shown for the earlier answers."];
            }
            else if (shown && question.Required && !answers.ContainsKey(question.Key) && !errors.ContainsKey(question.Key))
            {
                errors[question.Key] = ["Required."];
            }
        }

        return (answers, errors);
    }

    private static string? Normalize(Question question, JsonElement value) => question.Type switch
    {
        QuestionType.Nps => Score(value, 0, 10),
        QuestionType.Csat or QuestionType.Rating => Score(value, 1, 5),
        QuestionType.Single => value.ValueKind == JsonValueKind.String && question.Options?.Contains(value.GetString()!) == true ? value.GetString() : null,
        QuestionType.Multi => Multi(question, value),
        QuestionType.Text => value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= MaxText ? value.GetString()!.Trim() : null,
        _ => null,
    };

    private static string? Score(JsonElement value, int min, int max)
    {
        var number = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => (int?)null,
        };
        return number is { } score && score >= min && score <= max ? score.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static string? Multi(Question question, JsonElement value)
    {
        var picked = value.ValueKind switch
        {
            JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) => value.EnumerateArray().Select(v => v.GetString()!).ToList(),
            JsonValueKind.String => value.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            _ => null,
        };
        return picked is { Count: > 0 } && picked.All(p => question.Options?.Contains(p) == true) ? string.Join(',', picked.Distinct()) : null;
    }

    private static string Expected(Question question) => question.Type switch
    {
        QuestionType.Nps => "A whole number from 0 to 10.",
        QuestionType.Csat or QuestionType.Rating => "A whole number from 1 to 5.",
        QuestionType.Single => $"One of: {string.Join(", ", question.Options ?? [])}.",
        QuestionType.Multi => $"One or more of: {string.Join(", ", question.Options ?? [])}.",
        _ => $"Text of at most {MaxText} characters.",
    };
}
