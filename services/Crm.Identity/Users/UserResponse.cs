namespace Crm.Identity.Users;

public sealed record UserResponse(Guid Id, string Email, string Name, IReadOnlyList<string> Roles, string? Team, bool Disabled, bool EmailConfirmed, Guid? CustomerId)
{
    public static UserResponse From(CrmUser user, IEnumerable<string> roles) =>
        new(Guid.Parse(user.Id), user.Email ?? "", user.Name, [.. roles.Order(StringComparer.Ordinal)], user.Team, user.Disabled, user.EmailConfirmed, user.CustomerId);
}
