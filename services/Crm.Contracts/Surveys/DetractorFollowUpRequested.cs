namespace Crm.Contracts.Surveys;

/// <summary>An NPS answer of 0–6: the tickets service opens a follow-up ticket (closing the loop).</summary>
public sealed record DetractorFollowUpRequested(
    Guid ResponseId,
    Guid SurveyId,
    Guid CustomerId,
    int Score,
    string? Comment,
    DateTimeOffset OccurredAt);
