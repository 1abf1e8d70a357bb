using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Crm.Identity.Users;

/// <summary>The roles of API.md exist in every environment.</summary>
public static class RoleSeeder
{
    public static async Task SeedAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in CrmRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
