namespace Crm.Contracts.Surveys;

public sealed record SurveyInvitationSent(
    Guid InvitationId,
    Guid SurveyId,
    Guid CustomerId,
    string Channel,
    bool Transactional,
    DateTimeOffset OccurredAt);
