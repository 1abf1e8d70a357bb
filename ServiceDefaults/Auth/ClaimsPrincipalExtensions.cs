using System.Security.Claims;

namespace Crm.ServiceDefaults.Auth;

public static class ClaimsPrincipalExtensions
{
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst(CrmClaims.Subject)?.Value;

    public static Guid? CustomerId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(CrmClaims.CustomerId)?.Value, out var id) ? id : null;

    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsInRole(CrmRoles.Admin) || user.IsInRole(CrmRoles.Agent) || user.IsInRole(CrmRoles.Marketer);
}
