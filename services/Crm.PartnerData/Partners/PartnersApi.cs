using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Partners;

/// <summary>
/// Administration of partners, their keys (<see cref="PartnerKeysApi"/>) and agreements (<see cref="PartnerAgreementsApi"/>),
/// and the audit of their calls (admins only). Every route of <c>/api/partners</c> is mapped here.
/// </summary>
public static class PartnersApi
{
    public static void MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners").WithTags("Partners").RequireAuthorization(CrmPolicies.Admin);
        api.MapPost("/", CreatePartner).WithName("CreatePartner").WithSummary("Register a partner company");
        api.MapGet("/", ListPartners).WithName("ListPartners").WithSummary("Every partner");
        api.MapGet("/{id:guid}", GetPartner).WithName("GetPartner").WithSummary("A partner");
        api.MapPost("/{id:guid}/keys", PartnerKeysApi.CreateKey).WithName("CreatePartnerKey").WithSummary("Issue an API key (shown once)");
        api.MapGet("/{id:guid}/keys", PartnerKeysApi.ListKeys).WithName("ListPartnerKeys").WithSummary("The partner's keys, never the secrets");
        api.MapDelete("/{id:guid}/keys/{keyId:guid}", PartnerKeysApi.RevokeKey).WithName("RevokePartnerKey").WithSummary("Revoke a key at once");
        api.MapPost("/{id:guid}/agreements", PartnerAgreementsApi.CreateAgreement).WithName("CreateAgreement").WithSummary("Agree which attributes are shared, why and until when");
        api.MapGet("/{id:guid}/agreements", PartnerAgreementsApi.ListAgreements).WithName("ListAgreements").WithSummary("The partner's agreements");
        api.MapGet("/{id:guid}/audit", GetAudit).WithName("GetPartnerAudit").WithSummary("Every call the partner made, newest first");
    }

    public static async Task<Results<Created<PartnerResponse>, ProblemHttpResult>> CreatePartner(CreatePartnerRequest request, [AsParameters] PartnerServices services)
    {
        var errors = new ValidationErrors().Name("name", request.Name, 200).Name("industry", request.Industry, 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var partner = new Partner { Id = Guid.CreateVersion7(), Name = DisplayText.Normalize(request.Name!), Industry = DisplayText.Normalize(request.Industry!), CreatedAt = services.Time.GetUtcNow() };
        services.Db.Partners.Add(partner);
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/partners/{partner.Id}", From(partner));
    }

    public static async Task<Ok<List<PartnerResponse>>> ListPartners([AsParameters] PartnerServices services) =>
        TypedResults.Ok((await services.Db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync()).Select(From).ToList());

    public static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> GetPartner(Guid id, [AsParameters] PartnerServices services) =>
        await services.Db.Partners.FindAsync(id) is { } partner ? TypedResults.Ok(From(partner)) : Problems.NotFound("Partner");

    public static async Task<Results<Ok<Page<AuditResponse>>, ProblemHttpResult>> GetAudit(Guid id, [AsParameters] PartnerServices services, int? limit, string? cursor)
    {
        var errors = new ValidationErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        if (await services.Db.Partners.FindAsync(id) is null)
        {
            return Problems.NotFound("Partner");
        }

        var query = services.Db.Audit.AsNoTracking().Where(a => a.PartnerId == id);
        if (page.After is { } after)
        {
            query = query.Where(a => a.Id.CompareTo(after.Id) < 0);
        }

        var rows = await query.OrderByDescending(a => a.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, a => new Cursor("", a.Id), a => new AuditResponse(a.KeyId ?? Guid.Empty, a.Method, a.Route, a.Status, a.Records, a.At)));
    }

    private static PartnerResponse From(Partner p) => new(p.Id, p.Name, p.Industry, p.CreatedAt);
}
