using Crm.BuildingBlocks.Caching;
using Crm.BuildingBlocks.ContactPressure;
using Crm.BuildingBlocks.Data;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.Customers.Activities;
using Crm.Customers.Catalog;
using Crm.Customers.Companies;
using Crm.Customers.Consents;
using Crm.Customers.Data;
using Crm.Customers.Insights;
using Crm.Customers.Interactions;
using Crm.Customers.Leads;
using Crm.Customers.Loyalty;
using Crm.Customers.Opportunities;
using Crm.Customers.Orders;
using Crm.Customers.Privacy;
using Crm.Customers.Profiles;
using Crm.Customers.Purchases;
using Crm.Customers.SelfService;
using Crm.Customers.Timeline;
using MassTransit;

namespace Crm.Customers;

public static class CustomersServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<CustomersDbContext, SqliteCustomersDbContext, SqlServerCustomersDbContext>(ResourceNames.Customers);
        builder.AddCrmCaching(ResourceNames.Customers);
        builder.AddContactPressure();
        builder.AddCrmMessaging<CustomersDbContext>(ResourceNames.Customers, bus =>
        {
            bus.AddConsumers(typeof(CustomersServiceExtensions).Assembly);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCustomersApi();
        app.MapConsentsApi();
        app.MapInteractionsApi();
        app.MapPurchasesApi();
        app.MapInsightsApi();
        app.MapTimelineApi();
        app.MapSelfServiceApi();
        app.MapPrivacyApi();
        app.MapProductsApi();
        app.MapOrdersApi();
        app.MapLoyaltyApi();
        app.MapLeadsApi();
        app.MapCompaniesApi();
        app.MapOpportunitiesApi();
        app.MapActivitiesApi();
        return app;
    }
}
