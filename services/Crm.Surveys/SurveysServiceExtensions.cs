using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.ContactPressure;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.Surveys.Data;
using Crm.Surveys.Definitions;
using Crm.Surveys.Invitations;
using MassTransit;

namespace Crm.Surveys;

public static class SurveysServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<SurveysDbContext, SqliteSurveysDbContext, SqlServerSurveysDbContext>(ResourceNames.Surveys);
        builder.AddCrmCaching(ResourceNames.Surveys);
        builder.AddContactPressure();
        builder.Services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.Section);
        builder.Services.AddSingleton<InvitationSender>();
        builder.AddCrmMessaging<SurveysDbContext>(ResourceNames.Surveys, bus => bus.AddConsumers(typeof(SurveysServiceExtensions).Assembly));
        return builder;
    }

    public static IEndpointRouteBuilder MapSurveysEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapSurveysApi();
        app.MapInvitationsApi();
        return app;
    }
}
