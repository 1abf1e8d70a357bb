using Crm.BuildingBlocks.Api;
using Crm.Customers.Consents;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.SelfService;

/// <summary><c>/api/me</c>: a customer reads and changes their own record and consents, any hour of the day.</summary>
public static class SelfServiceApi
{
    public static void MapSelfServiceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/me").WithTags("Self-service").RequireAuthorization(CrmPolicies.SelfService);
        api.MapGet("/", GetMe).WithName("GetMe").WithSummary("The caller's own profile");
        api.MapPatch("/", UpdateMe).WithName("UpdateMe").WithSummary("Change the caller's own profile (If-Match)");
        api.MapGet("/consents", GetMyConsents).WithName("GetMyConsents").WithSummary("The caller's current consents");
        api.MapPut("/consents", ChangeMyConsent).WithName("ChangeMyConsent").WithSummary("Grant or withdraw one of the caller's consents");
    }

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> GetMe([AsParameters] CustomerServices services, HttpContext http)
    {
        var customer = await services.Db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == http.User.CustomerId() && c.ErasedAt == null);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        ETags.Set(http.Response, customer.Version);
        return TypedResults.Ok(CustomerResponse.ForSelf(customer));
    }

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> UpdateMe(UpdateCustomerRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        if (request.AccountOwnerId is not null || request.LifecycleStage is not null)
        {
            var errors = new ValidationErrors()
                .When(request.AccountOwnerId is not null, "accountOwnerId", "Set by the company, not by the customer.")
                .When(request.LifecycleStage is not null, "lifecycleStage", "Set by the company, not by the customer.");
            return errors.ToProblem();
        }

        var customer = await services.Db.Customers.FirstOrDefaultAsync(c => c.Id == http.User.CustomerId() && c.ErasedAt == null);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        var problem = await CustomerUpdates.ApplyAsync(customer, request, services, http, allowOwnerChange: false);
        return problem is null ? TypedResults.Ok(CustomerResponse.ForSelf(customer)) : problem;
    }

    public static async Task<Results<Ok<IReadOnlyList<ConsentState>>, ProblemHttpResult>> GetMyConsents([AsParameters] CustomerServices services, HttpContext http) =>
        await ConsentsApi.GetConsents(http.User.CustomerId()!.Value, services);

    public static async Task<Results<Ok<IReadOnlyList<ConsentState>>, ProblemHttpResult>> ChangeMyConsent(
        ConsentRequest request, [AsParameters] CustomerServices services, HttpContext http) =>
        await ConsentsApi.ChangeAsync(http.User.CustomerId()!.Value, request, "self-service", http.User.Subject(), services);
}
