namespace Crm.Identity.Users;

public sealed record CreateUserRequest(string? Email, string? Name, IReadOnlyList<string>? Roles, string? Team);
