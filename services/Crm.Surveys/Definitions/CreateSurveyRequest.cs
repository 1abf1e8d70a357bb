namespace Crm.Surveys.Definitions;

public sealed record CreateSurveyRequest(string? Title, SurveyKind? Kind, IReadOnlyList<QuestionRequest>? Questions);
