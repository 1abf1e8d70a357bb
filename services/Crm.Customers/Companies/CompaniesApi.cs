using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Companies;

public sealed record CreateCompanyRequest(string? Name, string? Domain, string? Industry);

public sealed record CompanyResponse(Guid Id, string Name, string? Domain, string? Industry, DateTimeOffset CreatedAt)
{
    public static CompanyResponse From(Company c) => new(c.Id, c.Name, c.Domain, c.Industry, c.CreatedAt);
}

public sealed record CompanyWithPeople(Guid Id, string Name, string? Domain, string? Industry, DateTimeOffset CreatedAt, IReadOnlyList<CustomerResponse> People);

/// <summary>Organisations and their people.</summary>
public static class CompaniesApi
{
    public const int PeopleShown = 200;

    public static void MapCompaniesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/companies").WithTags("Companies").RequireAuthorization(CrmPolicies.CustomerReaders);
        api.MapPost("/", CreateCompany).WithName("CreateCompany").WithSummary("Register a company").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/{id:guid}", GetCompany).WithName("GetCompany").WithSummary("A company and its people");
        api.MapGet("/", ListCompanies).WithName("ListCompanies").WithSummary("Search companies by name");
    }

    public static async Task<Results<Created<CompanyResponse>, ProblemHttpResult>> CreateCompany(CreateCompanyRequest request, [AsParameters] CustomerServices services)
    {
        var domain = string.IsNullOrWhiteSpace(request.Domain) ? null : request.Domain.Trim().ToLowerInvariant();
        var errors = new ValidationErrors()
            .Name("name", request.Name, 200)
            .MaxLength("domain", domain, 253)
            .When(domain is not null && Uri.CheckHostName(domain) != UriHostNameType.Dns, "domain", "A domain name, e.g. example.com.")
            .Name("industry", request.Industry, 100, required: false);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (domain is not null && await services.Db.Set<Company>().AnyAsync(c => c.Domain == domain))
        {
            return Problems.Conflict($"A company with the domain {domain} already exists.");
        }

        var name = DisplayText.Normalize(request.Name!);
        var company = new Company
        {
            Id = Guid.CreateVersion7(), Name = name, SearchName = name.ToLowerInvariant(), Domain = domain,
            Industry = string.IsNullOrWhiteSpace(request.Industry) ? null : DisplayText.Normalize(request.Industry), CreatedAt = services.Time.GetUtcNow(),
        };
        services.Db.Add(company);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return Problems.Conflict($"A company with the domain {domain} already exists.");
        }

        return TypedResults.Created($"/api/companies/{company.Id}", CompanyResponse.From(company));
    }

    public static async Task<Results<Ok<CompanyWithPeople>, ProblemHttpResult>> GetCompany(Guid id, [AsParameters] CustomerServices services, CancellationToken ct)
    {
        var company = await services.Db.Set<Company>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (company is null)
        {
            return Problems.NotFound("Company");
        }

        var people = await services.Db.Customers.AsNoTracking().Where(c => c.CompanyId == id && c.ErasedAt == null)
            .OrderBy(c => c.SearchLastName).ThenBy(c => c.SearchFirstName).Take(PeopleShown).ToListAsync(ct);
        return TypedResults.Ok(new CompanyWithPeople(company.Id, company.Name, company.Domain, company.Industry, company.CreatedAt,
            people.Select(CustomerResponse.From).ToList()));
    }

    public static async Task<Results<Ok<Page<CompanyResponse>>, ProblemHttpResult>> ListCompanies([AsParameters] CustomerServices services, string? q, int? limit, string? cursor)
    {
        var errors = new ValidationErrors().MaxLength("q", q, 200);
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Set<Company>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var from = q.Trim().ToLowerInvariant();
            var to = from + '\uffff';
#pragma warning disable CA1309 // translated to SQL with the column's binary collation: a prefix range over the index
            query = query.Where(c => (string.Compare(c.SearchName, from) >= 0 && string.Compare(c.SearchName, to) < 0) || c.Domain == from);
#pragma warning restore CA1309
        }

        if (page.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after.Id) > 0);
        }

        var rows = await query.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, c => new Cursor("", c.Id), CompanyResponse.From));
    }
}
