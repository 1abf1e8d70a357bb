namespace Crm.Surveys.Definitions;

public sealed record SurveyResponseBody(Guid Id, string Title, SurveyKind Kind, string Status, int PublishedVersion, IReadOnlyList<Question> Questions, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt)
{
    public static SurveyResponseBody From(Survey s) => new(s.Id, s.Title, s.Kind, s.IsPublished ? "published" : "draft", s.PublishedVersion, s.Questions, s.CreatedAt, s.PublishedAt);
}
