namespace Crm.Surveys.Definitions;

public static class BuiltInSurveys
{
    /// <summary>The CSAT survey sent after a ticket is resolved: one required 1–5 question, key <c>csat</c>.</summary>
    public static readonly Guid CsatId = new("0190a000-0000-7000-8000-00000000c5a7");

    public static readonly IReadOnlyList<Question> CsatQuestions =
    [
        new("csat", QuestionType.Csat, "How satisfied are you with how we handled your request?", null, true, null),
        new("comment", QuestionType.Text, "Anything we could have done better?", null, false, null),
    ];
}
