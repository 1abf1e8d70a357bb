using Crm.BuildingBlocks.Data;
using Crm.Identity.Connect;
using Crm.Identity.Data;
using Crm.Identity.Development;
using Crm.Identity.Keys;
using Crm.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Crm.Identity;

public static class IdentityStartup
{
    /// <summary>Migrates the database, loads (or makes, once) the keys, and registers roles, clients and, in Development, the seeded users.</summary>
    public static async Task PrepareIdentityAsync(this WebApplication app)
    {
        await app.MigrateDatabaseAsync<IdentityDbContext>();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var time = services.GetRequiredService<TimeProvider>();
        await services.GetRequiredService<KeyRing>().LoadAsync(services.GetRequiredService<IdentityDbContext>(), time);
        await RoleSeeder.SeedAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var settings = services.GetRequiredService<IOptions<IdentitySettings>>().Value;
        await ClientRegistration.RegisterClientsAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), settings);
        if (app.Environment.IsDevelopment() && settings.SeedDevelopmentUsers)
        {
            await DevelopmentUsers.SeedAsync(services.GetRequiredService<UserManager<CrmUser>>(), time, app.Logger);
        }
    }
}
