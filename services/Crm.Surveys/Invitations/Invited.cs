namespace Crm.Surveys.Invitations;

public sealed record Invited(Guid CustomerId, Guid InvitationId);
