using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.ContactPressure;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Campaigns.Attribution;
using Crm.Campaigns.Audience;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Contracts;
using MassTransit;

namespace Crm.Campaigns;

public static class CampaignsServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<CampaignsOptions>().BindConfiguration(CampaignsOptions.Section);
        builder.AddServiceDatabase<CampaignsDbContext, SqliteCampaignsDbContext, SqlServerCampaignsDbContext>(ResourceNames.Campaigns);
        builder.AddCrmCaching(ResourceNames.Campaigns);
        builder.AddContactPressure();
        builder.AddCrmMessaging<CampaignsDbContext>(ResourceNames.Campaigns, bus =>
        {
            bus.AddConsumers(typeof(CampaignsServiceExtensions).Assembly);
        });
        builder.Services.AddSingleton<SegmentRuleCache>();
        builder.Services.AddScoped<SegmentMembership>();
        builder.Services.AddScoped<Attributor>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCampaignsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAudienceApi();
        app.MapSegmentsApi();
        return app;
    }
}
