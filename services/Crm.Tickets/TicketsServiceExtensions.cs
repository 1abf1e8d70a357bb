using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.Tickets.Channels;
using Crm.Tickets.Customers;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Crm.Tickets.Reports;
using Crm.Tickets.SelfService;
using Crm.Tickets.Sla;
using MassTransit;

namespace Crm.Tickets;

public static class TicketsServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<TicketsDbContext, SqliteTicketsDbContext, SqlServerTicketsDbContext>(ResourceNames.Tickets);
        builder.AddCrmCaching(ResourceNames.Tickets);
        builder.Services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section);
        builder.Services.AddOptions<TeamOptions>().BindConfiguration(TeamOptions.Section);
        builder.Services.AddSingleton(sp => new SlaPolicyStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SlaOptions>>().Value.Targets));
        builder.Services.AddSingleton(sp => new SlaClock(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SlaOptions>>().Value.Calendar(), sp.GetRequiredService<SlaPolicyStore>()));
        builder.Services.AddSingleton<Assignment>();
        builder.Services.AddSingleton<TicketNumbers>();
        builder.Services.AddHostedService<SlaScanner>();
        builder.AddChannels();
        builder.AddCrmMessaging<TicketsDbContext>(ResourceNames.Tickets, bus => bus.AddConsumers(typeof(TicketsServiceExtensions).Assembly));
        return builder;
    }

    public static IEndpointRouteBuilder MapTicketsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCustomerDirectoryApi();
        app.MapTicketsApi();
        app.MapSelfServiceTicketsApi();
        app.MapReportsApi();
        app.MapMacrosApi();
        app.MapSlaPoliciesApi();
        app.MapChannelsApi();
        return app;
    }
}
