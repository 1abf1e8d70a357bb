namespace Crm.Surveys.Invitations;

public sealed record StaffInvitation(Guid Id, Guid SurveyId, Guid CustomerId, string Channel, DateTimeOffset SentAt, DateTimeOffset ExpiresAt, DateTimeOffset? RespondedAt, bool Transactional);
