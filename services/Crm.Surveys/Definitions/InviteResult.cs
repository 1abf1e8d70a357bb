using Crm.Surveys.Invitations;

namespace Crm.Surveys.Definitions;

public sealed record InviteResult(IReadOnlyList<Invited> Invited, IReadOnlyList<Skipped> Skipped);
