namespace Crm.Identity.Users;

/// <summary>A partial update: an absent field is left as it is; an empty <c>team</c> clears it.</summary>
public sealed record UpdateUserRequest(IReadOnlyList<string>? Roles, string? Team, bool? Disabled);
