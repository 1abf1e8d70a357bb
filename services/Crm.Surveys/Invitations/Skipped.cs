namespace Crm.Surveys.Invitations;

public sealed record Skipped(Guid CustomerId, string Reason);
