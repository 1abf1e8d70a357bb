using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.ContactPressure;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Campaigns.Attribution;
using Crm.Campaigns.Audience;
using Crm.Campaigns.Campaigns;
using Crm.Campaigns.Campaigns.Delivery;
using Crm.Campaigns.Campaigns.Launch;
using Crm.Campaigns.CrossSell;
using Crm.Campaigns.Data;
using Crm.Campaigns.Segments;
using Crm.Campaigns.Unsubscribe;
using Crm.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Campaigns;

public static class CampaignsServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<CampaignsOptions>().BindConfiguration(CampaignsOptions.Section);
        builder.AddServiceDatabase<CampaignsDbContext, SqliteCampaignsDbContext, SqlServerCampaignsDbContext>(ResourceNames.Campaigns);
        // A segment's sample is "any few members": unordered on purpose (see SegmentQueries).
        builder.Services.ConfigureDbContext<SqliteCampaignsDbContext>(o => o.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning)));
        builder.Services.ConfigureDbContext<SqlServerCampaignsDbContext>(o => o.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning)));
        builder.AddCrmCaching(ResourceNames.Campaigns);
        builder.AddContactPressure();
        builder.AddCrmMessaging<CampaignsDbContext>(ResourceNames.Campaigns, bus =>
        {
            bus.AddConsumers(typeof(CampaignsServiceExtensions).Assembly);
        });
        builder.Services.AddSingleton<SegmentRuleCache>();
        builder.Services.AddScoped<SegmentMembership>();
        builder.Services.AddScoped<Attributor>();
        builder.Services.AddSingleton(sp => new UnsubscribeTokens(UnsubscribeSecret(builder.Configuration)));
        builder.AddCampaignDelivery();
        builder.Services.AddSingleton<LaunchSignal>();
        builder.Services.AddSingleton<MessageComposer>();
        builder.Services.AddScoped<LaunchDelivery>();
        builder.Services.AddScoped<LaunchBatch>();
        builder.Services.AddSingleton<CampaignLauncher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CampaignLauncher>());
        return builder;
    }

    /// <summary>The default adapter logs every delivery; with <c>ConnectionStrings:smtp</c> email goes over SMTP.</summary>
    public static IHostApplicationBuilder AddCampaignDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DeliveryLogAdapter>();
        if (builder.Configuration.GetConnectionString("smtp") is { Length: > 0 } smtp)
        {
            builder.Services.AddSingleton(SmtpEndpoint.Parse(smtp));
            builder.Services.AddSingleton<IChannelAdapter, SmtpChannelAdapter>();
        }

        builder.Services.AddSingleton<ChannelRouter>();
        return builder;
    }

    /// <summary><c>Campaigns:UnsubscribeKey</c> (base64), handed out by the app host.</summary>
    public static byte[] UnsubscribeSecret(IConfiguration configuration)
    {
        var key = configuration[$"{CampaignsOptions.Section}:UnsubscribeKey"];
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException("Campaigns:UnsubscribeKey must be configured to sign unsubscribe links.");
        }

        return Convert.FromBase64String(key);
    }

    public static IEndpointRouteBuilder MapCampaignsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAudienceApi();
        app.MapSegmentsApi();
        app.MapAttributionApi();
        app.MapCampaignsApi();
        app.MapMessagesApi();
        app.MapUnsubscribeApi();
        app.MapRecommendationsApi();
        return app;
    }
}
