namespace Crm.Surveys.Invitations;

public sealed record OpenInvitation(Guid InvitationId, Guid SurveyId, string Title, string Token, DateTimeOffset ExpiresAt);
