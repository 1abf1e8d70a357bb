using Crm.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace Crm.Identity.Accounts;

/// <summary>
/// Lockout after 5 failed sign-ins within 15 minutes, for 15 minutes (ASP.NET Core Identity counts failures in a row;
/// this forgives a run of failures whose last one is older than the window).
/// </summary>
public static class SignInWindow
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static async Task<SignInResult> PasswordSignInAsync(SignInManager<CrmUser> signIn, CrmUser user, string password, TimeProvider time)
    {
        var users = signIn.UserManager;
        var now = time.GetUtcNow();
        if (user.AccessFailedCount > 0 && user.LastFailedSignInAt is { } last && now - last > Window && !await users.IsLockedOutAsync(user))
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded && !result.IsLockedOut)
        {
            user.LastFailedSignInAt = now;
            await users.UpdateAsync(user);
        }

        return result;
    }
}
