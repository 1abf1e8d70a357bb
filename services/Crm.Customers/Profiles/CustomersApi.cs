using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Profiles;

public static class CustomersApi
{
    public static RouteGroupBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(CrmPolicies.CustomerReaders);
        api.MapPost("/", CreateCustomer).WithName("CreateCustomer").WithSummary("Register a customer").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/{id:guid}", GetCustomer).WithName("GetCustomer").WithSummary("Read a customer's profile");
        api.MapPatch("/{id:guid}", UpdateCustomer).WithName("UpdateCustomer").WithSummary("Change a customer's profile (If-Match)").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/", ListCustomers).WithName("ListCustomers").WithSummary("Search customers by name, email or phone");
        return api;
    }

    public static Task<Results<Created<CustomerResponse>, ProblemHttpResult>> CreateCustomer(
        CreateCustomerRequest request, [AsParameters] CustomerServices services, HttpContext http) =>
        CustomerCreation.CreateAsync(request, services, http);

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> GetCustomer(
        Guid id, [AsParameters] CustomerServices services, HttpContext http, CancellationToken ct)
    {
        var customer = await services.Cache.GetOrCreateAsync(CustomerCache.ProfileKey(id), async token =>
            await services.Db.Customers.AsNoTracking().Where(c => c.Id == id && c.ErasedAt == null)
                .Select(c => CustomerResponse.From(c)).FirstOrDefaultAsync(token),
            tags: [CustomerCache.Tag(id)], cancellationToken: ct);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        ETags.Set(http.Response, customer.Version);
        return TypedResults.Ok(customer);
    }

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> UpdateCustomer(
        Guid id, UpdateCustomerRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        var customer = await services.Db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.ErasedAt == null);
        if (customer is null)
        {
            return Problems.NotFound("Customer");
        }

        var problem = await CustomerUpdates.ApplyAsync(customer, request, services, http);
        return problem is null ? TypedResults.Ok(CustomerResponse.From(customer)) : problem;
    }

    public static async Task<Results<Ok<Page<CustomerResponse>>, ProblemHttpResult>> ListCustomers(
        [AsParameters] CustomerServices services, string? q, LifecycleStage? lifecycleStage, int? limit, string? cursor)
    {
        var errors = new ValidationErrors().MaxLength("q", q, 254);
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Customers.AsNoTracking().Where(c => c.ErasedAt == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = DisplayText.Check(q) == TextProblem.None ? DisplayText.Normalize(q) : q.Trim();
            // Prefix ranges over indexed lower-case columns: [term, term + U+FFFF) is every value that starts with term.
            var from = term.ToLowerInvariant();
            var to = from + '\uffff';
            var phone = Customer.NormalizePhone(term);
            // string.Compare without a comparison is what EF Core translates to SQL: the column's own (binary) collation.
#pragma warning disable CA1309
            query = query.Where(c =>
                (string.Compare(c.NormalizedEmail, from) >= 0 && string.Compare(c.NormalizedEmail, to) < 0) ||
                (string.Compare(c.SearchLastName, from) >= 0 && string.Compare(c.SearchLastName, to) < 0) ||
                (string.Compare(c.SearchFirstName, from) >= 0 && string.Compare(c.SearchFirstName, to) < 0) ||
                c.Phone == term || (phone != null && phone.Length >= 6 && c.NormalizedPhone == phone));
#pragma warning restore CA1309
        }

        if (lifecycleStage is { } stage)
        {
            query = query.Where(c => c.LifecycleStage == stage);
        }

        if (page.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after.Id) > 0);
        }

        var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, c => new Cursor("", c.Id), CustomerResponse.From));
    }
}
