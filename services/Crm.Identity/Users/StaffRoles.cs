using Crm.ServiceDefaults.Auth;

namespace Crm.Identity.Users;

/// <summary>The roles an admin may hand out through <c>/api/users</c>; the customer role comes only with self-registration.</summary>
public static class StaffRoles
{
    public static readonly IReadOnlyList<string> All = [CrmRoles.Admin, CrmRoles.Manager, CrmRoles.Agent, CrmRoles.Marketer];
}
