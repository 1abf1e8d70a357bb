namespace Crm.Surveys.Definitions;

public sealed record Question(string Key, QuestionType Type, string Text, IReadOnlyList<string>? Options, bool Required, ShowIf? ShowIf);
