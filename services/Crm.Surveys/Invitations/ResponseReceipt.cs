namespace Crm.Surveys.Invitations;

public sealed record ResponseReceipt(Guid ResponseId, DateTimeOffset RespondedAt);
