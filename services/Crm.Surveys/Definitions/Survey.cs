namespace Crm.Surveys.Definitions;

/// <summary>A survey definition; publishing freezes its questions as a version that invitations and responses refer to.</summary>
public sealed class Survey
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public SurveyKind Kind { get; set; }
    public List<Question> Questions { get; set; } = [];
    public int PublishedVersion { get; set; }
    public bool BuiltIn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public bool IsPublished => PublishedVersion > 0;
}
