namespace Crm.Contracts.PartnerData;

public sealed record PartnerSurveyAnswer(string Key, string Value);

/// <summary>An outsourced survey vendor submitted a response through the partner API; the surveys service stores it.</summary>
public sealed record PartnerSurveyResponseSubmitted(
    Guid SubmissionId,
    Guid PartnerId,
    Guid SurveyId,
    Guid? CustomerId,
    string CustomerHashedEmail,
    IReadOnlyList<PartnerSurveyAnswer> Answers,
    DateTimeOffset OccurredAt);
