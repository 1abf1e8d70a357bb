namespace Crm.Contracts.Surveys;

/// <summary>A customer answered a survey (directly, or through an outsourced vendor when <paramref name="VendorPartnerId"/> is set).</summary>
public sealed record SurveyResponded(
    Guid ResponseId,
    Guid SurveyId,
    Guid? InvitationId,
    Guid? CustomerId,
    string SurveyTitle,
    string SurveyKind,
    int? Nps,
    int? Csat,
    Guid? VendorPartnerId,
    DateTimeOffset OccurredAt);
