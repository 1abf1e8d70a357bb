namespace Crm.Surveys.Results;

public sealed record QuestionResult(string Type, int Answers, double? Average, IReadOnlyDictionary<string, int> Distribution);
