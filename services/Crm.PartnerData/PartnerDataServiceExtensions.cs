using System.Text;
using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.PartnerData.Data;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Overlap;
using Crm.PartnerData.PartnerApi;
using Crm.PartnerData.Partners;
using Crm.PartnerData.Sharing;
using MassTransit;
using Microsoft.AspNetCore.Authentication;

namespace Crm.PartnerData;

public static class PartnerDataServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<PartnerDataDbContext, SqlitePartnerDataDbContext, SqlServerPartnerDataDbContext>(ResourceNames.PartnerData);
        builder.AddCrmCaching(ResourceNames.PartnerData);
        builder.AddCrmMessaging<PartnerDataDbContext>(ResourceNames.PartnerData, bus => bus.AddConsumers(typeof(PartnerDataServiceExtensions).Assembly));
        builder.Services.AddOptions<OverlapOptions>().BindConfiguration(OverlapOptions.Section);
        builder.Services.AddSingleton<GeometricNoise>();
        builder.Services.AddScoped<OverlapQueries>();

        var secret = builder.Configuration["PartnerData:PseudonymKey"]
            ?? throw new InvalidOperationException("PartnerData:PseudonymKey is required for pseudonyms.");
        builder.Services.AddSingleton(new Pseudonyms(Encoding.UTF8.GetBytes("pseudonyms:" + secret)));

        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PartnerClaims.Scheme, null);
        builder.Services.AddAuthorization(options =>
        {
            foreach (var scope in PartnerScopes.All)
            {
                options.AddPolicy(PartnerClaims.Policy(scope), p => p
                    .AddAuthenticationSchemes(PartnerClaims.Scheme)
                    .RequireAuthenticatedUser()
                    .RequireClaim(PartnerClaims.Scope, scope));
            }
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapPartnerDataEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPartnersApi();
        app.MapPartnerApi();
        return app;
    }
}
