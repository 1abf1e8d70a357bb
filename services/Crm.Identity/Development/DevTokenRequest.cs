namespace Crm.Identity.Development;

public sealed record DevTokenRequest(string? Subject, IReadOnlyList<string>? Roles, Guid? CustomerId);
