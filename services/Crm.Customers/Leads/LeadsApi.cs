using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Leads;

/// <summary>Leads become customers; staff check who a person may already be before and after registering them.</summary>
public static class LeadsApi
{
    public static void MapLeadsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").WithTags("Leads");
        api.MapPost("/{id:guid}/convert", Convert).WithName("ConvertLead").WithSummary("Make a lead or prospect a customer").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/{id:guid}/duplicates", DuplicatesOf).WithName("GetCustomerDuplicates")
            .WithSummary("Customers this one may be: same email, phone, or name at the same company").RequireAuthorization(CrmPolicies.CustomerReaders);
        api.MapGet("/duplicates", FindDuplicates).WithName("FindDuplicates")
            .WithSummary("Customers a person about to be registered may already be").RequireAuthorization(CrmPolicies.CustomerReaders);
    }

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> Convert(Guid id, [AsParameters] CustomerServices services, HttpContext http)
    {
        var customer = await services.Db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        var now = services.Time.GetUtcNow();
        var outcome = customer.Convert(now);
        if (outcome.IsRefused)
        {
            return Problems.Conflict(outcome.Reason!);
        }

        if (outcome.IsChanged)
        {
            services.Db.Publish(CustomerEvents.Updated(customer), now);
            try
            {
                await services.Db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problems.Conflict("The customer changed meanwhile: read them again and retry.");
            }

            await services.Cache.RemoveByTagAsync(CustomerCache.Tag(id));
        }

        ETags.Set(http.Response, customer.Version);
        return TypedResults.Ok(CustomerResponse.From(customer));
    }

    public static async Task<Results<Ok<IReadOnlyList<DuplicateMatch>>, ProblemHttpResult>> DuplicatesOf(Guid id, [AsParameters] CustomerServices services, CancellationToken ct)
    {
        var customer = await services.Db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null, ct);
        return customer is null
            ? Problems.NotFound("Customer")
            : TypedResults.Ok(await DuplicateCandidates.FindAsync(services.Db, DuplicateRules.Of(customer), id, ct));
    }

    public static async Task<Results<Ok<IReadOnlyList<DuplicateMatch>>, ProblemHttpResult>> FindDuplicates(
        [AsParameters] CustomerServices services, string? email, string? phone, string? firstName, string? lastName, Guid? companyId, CancellationToken ct)
    {
        var errors = new ValidationErrors().MaxLength("email", email, CustomerLimits.Email).MaxLength("phone", phone, CustomerLimits.Phone)
            .MaxLength("firstName", firstName, CustomerLimits.Name).MaxLength("lastName", lastName, CustomerLimits.Name)
            .When(string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone) && companyId is null, "email", "Give an email, a phone, or a name with a companyId.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var keys = new PersonKeys(string.IsNullOrWhiteSpace(email) ? null : Customer.Normalize(email), Customer.NormalizePhone(phone),
            (firstName ?? "").Trim().ToLowerInvariant(), (lastName ?? "").Trim().ToLowerInvariant(), companyId);
        return TypedResults.Ok(await DuplicateCandidates.FindAsync(services.Db, keys, null, ct));
    }
}
