using Crm.Identity.Users;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Crm.Identity.Development;

/// <summary>The users of API.md that exist in Development only, all with the password <see cref="Password"/>.</summary>
public static class DevelopmentUsers
{
    public const string Password = "Crm-Dev-2026!";
    public const string CustomerEmail = "customer@crm.local";

    private static readonly (string Email, string Name, string Role)[] Users =
    [
        ("admin@crm.local", "Ada Admin", CrmRoles.Admin),
        ("manager@crm.local", "Max Manager", CrmRoles.Manager),
        ("agent@crm.local", "Ana Agent", CrmRoles.Agent),
        ("marketer@crm.local", "Mia Marketer", CrmRoles.Marketer),
        (CustomerEmail, "Casey Customer", CrmRoles.Customer),
    ];

    public static async Task SeedAsync(UserManager<CrmUser> users, TimeProvider time, ILogger logger)
    {
        foreach (var (email, name, role) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new CrmUser { UserName = email, Email = email, EmailConfirmed = true, Name = name, CreatedAt = time.GetUtcNow(), Team = role == CrmRoles.Customer ? null : "desk" };
            var created = await users.CreateAsync(user, Password);
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, role);
            }

            logger.LogInformation("Development user {Email} ({Role}) created: {Succeeded}", email, role, created.Succeeded);
        }
    }
}
