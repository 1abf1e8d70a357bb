using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.Identity.Accounts;
using Crm.Identity.Connect;
using Crm.Identity.Customers;
using Crm.Identity.Data;
using Crm.Identity.Development;
using Crm.Identity.Keys;
using Crm.Identity.Mail;
using Crm.Identity.Users;
using MassTransit;

namespace Crm.Identity;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<IdentitySettings>().BindConfiguration(IdentitySettings.Section);
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        builder.AddServiceDatabase<IdentityDbContext, SqliteIdentityDbContext, SqlServerIdentityDbContext>(ResourceNames.Identity);
        builder.AddCrmMessaging<IdentityDbContext>(ResourceNames.Identity, bus => bus.AddConsumers(typeof(IdentityServiceExtensions).Assembly));
        builder.Services.AddSingleton<KeyRing>();
        builder.AddCrmUsers(settings);
        builder.AddCrmOpenIddict(settings);
        builder.AddAccountMail(settings);
        builder.Services.AddHttpClient(CustomerRecords.ClientName, c => c.BaseAddress = new Uri($"http://{ResourceNames.Customers}"));
        builder.Services.AddScoped<CustomerRecords>();
        builder.Services.AddHostedService<CustomerLinks>();

        return builder;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.MapConnectApi();
        app.MapLoginApi();
        app.MapRegistrationApi();
        app.MapPasswordApi();
        app.MapUsersApi();
        app.MapDevTokenApi();
        return app;
    }
}
