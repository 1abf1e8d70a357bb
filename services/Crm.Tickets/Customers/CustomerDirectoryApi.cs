using Crm.BuildingBlocks.Api;
using Crm.ServiceDefaults.Auth;
using Crm.Tickets.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.Tickets.Customers;

public static class CustomerDirectoryApi
{
    public static RouteGroupBuilder MapCustomerDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tickets/customers").WithTags("Tickets").RequireAuthorization(CrmPolicies.ServiceDesk);
        api.MapGet("/{customerId:guid}", GetCustomer).WithName("GetServiceDeskCustomer").WithSummary("What the service desk knows of a customer");
        return api;
    }

    public static async Task<Results<Ok<DirectoryCustomerResponse>, ProblemHttpResult>> GetCustomer(Guid customerId, TicketsDbContext db)
    {
        var customer = await CustomerDirectory.FindKnownAsync(db, customerId);
        return customer is null
            ? Problems.NotFound("Customer")
            : TypedResults.Ok(new DirectoryCustomerResponse(customer.CustomerId, customer.FirstName, customer.LastName, customer.AccountOwnerId, customer.ProductModels));
    }
}
