using Crm.BuildingBlocks.Api;

namespace Crm.Surveys.Definitions;

public static class SurveyValidation
{
    public static ValidationErrors Validate(CreateSurveyRequest request)
    {
        var errors = new ValidationErrors()
            .Name("title", request.Title, 200)
            .When(request.Kind is null, "kind", "Required: nps, csat or custom.")
            .When(request.Questions is not { Count: > 0 and <= 50 }, "questions", "1 to 50 questions.");
        var questions = request.Questions ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var path = $"questions[{i}]";
            if (q is null)
            {
                errors.Add(path, "Required.");
                continue;
            }

            errors.Required($"{path}.key", q.Key, 64).Required($"{path}.text", q.Text, 500).When(q.Type is null, $"{path}.type", "Required: nps, csat, rating, single, multi or text.");
            errors.When(q.Key is { Length: > 0 } && !seen.Add(q.Key), $"{path}.key", "Keys must be unique.");
            errors.When(q.Type is QuestionType.Single or QuestionType.Multi && q.Options is not { Count: >= 2 and <= 50 }, $"{path}.options", "2 to 50 options.");
            errors.When(q.Options?.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > 200 || o.Contains(',', StringComparison.Ordinal)) == true, $"{path}.options", "Options are 1–200 characters without commas.");
            errors.When(q.ShowIf is { } rule && (!questions.Take(i).Any(p => p?.Key == rule.Key) || rule.In is not { Count: > 0 }), $"{path}.showIf", "Must name an earlier question and at least one value.");
        }

        errors.When(request.Kind == SurveyKind.Nps && !questions.Any(q => q?.Type == QuestionType.Nps), "questions", "An NPS survey needs an nps question.");
        errors.When(request.Kind == SurveyKind.Csat && !questions.Any(q => q?.Type == QuestionType.Csat), "questions", "A CSAT survey needs a csat question.");
        return errors;
    }
}
