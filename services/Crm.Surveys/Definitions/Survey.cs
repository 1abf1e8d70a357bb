using System.Text.Json;
using Crm.BuildingBlocks.Rules;

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

    public Outcome Revise(string title, SurveyKind kind, List<Question> questions)
    {
        if (BuiltIn)
        {
            return Outcome.Refused("Built-in surveys cannot be changed.");
        }

        (Title, Kind, Questions) = (title, kind, questions);
        return Outcome.Changed;
    }

    /// <summary>
    /// Freezes the draft as the next version: invitations sent from now on answer it; earlier ones keep theirs.
    /// A draft with the questions of the latest version publishes nothing (null).
    /// </summary>
    public SurveyVersion? Publish(SurveyVersion? latest, DateTimeOffset now)
    {
        if (latest is not null && JsonSerializer.Serialize(latest.Questions) == JsonSerializer.Serialize(Questions))
        {
            return null;
        }

        PublishedVersion++;
        PublishedAt = now;
        return new SurveyVersion { SurveyId = Id, Version = PublishedVersion, Questions = Questions, PublishedAt = now };
    }
}
