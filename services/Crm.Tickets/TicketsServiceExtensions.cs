using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.Tickets.Customers;
using Crm.Tickets.Data;
using MassTransit;

namespace Crm.Tickets;

public static class TicketsServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<TicketsDbContext, SqliteTicketsDbContext, SqlServerTicketsDbContext>(ResourceNames.Tickets);
        builder.AddCrmCaching(ResourceNames.Tickets);
        builder.AddCrmMessaging<TicketsDbContext>(ResourceNames.Tickets, bus => bus.AddConsumers(typeof(TicketsServiceExtensions).Assembly));
        return builder;
    }

    public static IEndpointRouteBuilder MapTicketsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCustomerDirectoryApi();
        return app;
    }
}
