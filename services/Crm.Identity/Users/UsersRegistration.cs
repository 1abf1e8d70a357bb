using Crm.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Crm.Identity.Users;

public static class UsersRegistration
{
    /// <summary>
    /// ASP.NET Core Identity on the identity database: password rules, lockout after 5 failures for 15 minutes, confirmed
    /// emails, and the sign-in cookie (HTTPS-only outside Development). JWT bearer stays the default scheme of the API.
    /// </summary>
    public static IHostApplicationBuilder AddCrmUsers(this IHostApplicationBuilder builder, IdentitySettings settings)
    {
        builder.Services.AddIdentityCore<CrmUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication().AddIdentityCookies();

        var secure = builder.Environment.IsDevelopment() && settings.IsLoopbackHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.Cookie.Name = "crm.identity";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secure;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "crm.antiforgery";
            o.Cookie.SecurePolicy = secure;
        });
        return builder;
    }
}
