using Microsoft.AspNetCore.Identity;

namespace Crm.Identity.Users;

/// <summary>A person who signs in: a staff member with roles and a team, or a customer linked to their customer record.</summary>
public sealed class CrmUser : IdentityUser
{
    public string Name { get; set; } = "";
    public string? Team { get; set; }
    /// <summary>The customer record of a customer's login (the token's <c>customer_id</c>); null for staff.</summary>
    public Guid? CustomerId { get; set; }
    /// <summary>A disabled user cannot sign in, and their refresh tokens are refused.</summary>
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the last failed sign-in of the current run of failures happened (failures older than 15 minutes are forgiven).</summary>
    public DateTimeOffset? LastFailedSignInAt { get; set; }
}
