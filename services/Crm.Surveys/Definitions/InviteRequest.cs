namespace Crm.Surveys.Definitions;

public sealed record InviteRequest(IReadOnlyList<Guid>? CustomerIds, string? Channel);
