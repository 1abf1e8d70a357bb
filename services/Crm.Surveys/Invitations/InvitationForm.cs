using Crm.Surveys.Definitions;

namespace Crm.Surveys.Invitations;

public sealed record InvitationForm(string Title, IReadOnlyList<Question> Questions, DateTimeOffset ExpiresAt);
