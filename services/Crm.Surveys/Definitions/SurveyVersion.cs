namespace Crm.Surveys.Definitions;

/// <summary>The questions of a survey as published: responses are validated against and belong to this version.</summary>
public sealed class SurveyVersion
{
    public Guid SurveyId { get; set; }
    public int Version { get; set; }
    public List<Question> Questions { get; set; } = [];
    public DateTimeOffset PublishedAt { get; set; }
}
