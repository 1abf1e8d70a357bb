using Crm.BuildingBlocks.Api;
using Crm.BuildingBlocks.Text;
using Crm.PartnerData.Agreements;
using Crm.PartnerData.Keys;
using Crm.PartnerData.Sharing;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Partners;

/// <summary>Administration of partners, their keys and agreements, and the audit of their calls (admins only).</summary>
public static class PartnersApi
{
    public static void MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partners").WithTags("Partners").RequireAuthorization(CrmPolicies.Admin);
        api.MapPost("/", CreatePartner).WithName("CreatePartner").WithSummary("Register a partner company");
        api.MapGet("/", ListPartners).WithName("ListPartners").WithSummary("Every partner");
        api.MapGet("/{id:guid}", GetPartner).WithName("GetPartner").WithSummary("A partner");
        api.MapPost("/{id:guid}/keys", CreateKey).WithName("CreatePartnerKey").WithSummary("Issue an API key (shown once)");
        api.MapGet("/{id:guid}/keys", ListKeys).WithName("ListPartnerKeys").WithSummary("The partner's keys, never the secrets");
        api.MapDelete("/{id:guid}/keys/{keyId:guid}", RevokeKey).WithName("RevokePartnerKey").WithSummary("Revoke a key at once");
        api.MapPost("/{id:guid}/agreements", CreateAgreement).WithName("CreateAgreement").WithSummary("Agree which attributes are shared, why and until when");
        api.MapGet("/{id:guid}/agreements", ListAgreements).WithName("ListAgreements").WithSummary("The partner's agreements");
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

    public static async Task<Results<Created<CreatedKeyResponse>, ProblemHttpResult>> CreateKey(Guid id, CreateKeyRequest request, [AsParameters] PartnerServices services)
    {
        var now = services.Time.GetUtcNow();
        var scopes = request.Scopes ?? [];
        var errors = new ValidationErrors()
            .When(scopes.Count == 0, "scopes", $"At least one of: {string.Join(", ", PartnerScopes.All)}.")
            .When(scopes.Any(s => !PartnerScopes.All.Contains(s)), "scopes", $"Only: {string.Join(", ", PartnerScopes.All)}.")
            .When(request.ExpiresAt <= now, "expiresAt", "Must be in the future.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await services.Db.Partners.FindAsync(id) is null)
        {
            return Problems.NotFound("Partner");
        }

        var (keyId, key, hash) = ApiKeys.Create();
        services.Db.Keys.Add(new PartnerKey { Id = keyId, PartnerId = id, Hash = hash, Scopes = scopes.Distinct().ToList(), CreatedAt = now, ExpiresAt = request.ExpiresAt });
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/partners/{id}/keys/{keyId}", new CreatedKeyResponse(keyId, key, scopes.Distinct().ToList(), request.ExpiresAt));
    }

    public static async Task<Results<Ok<List<KeyResponse>>, ProblemHttpResult>> ListKeys(Guid id, [AsParameters] PartnerServices services)
    {
        if (await services.Db.Partners.FindAsync(id) is null)
        {
            return Problems.NotFound("Partner");
        }

        var keys = await services.Db.Keys.AsNoTracking().Where(k => k.PartnerId == id).OrderBy(k => k.CreatedAt).ToListAsync();
        return TypedResults.Ok(keys.Select(k => new KeyResponse(k.Id, k.Scopes, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(Guid id, Guid keyId, [AsParameters] PartnerServices services)
    {
        var key = await services.Db.Keys.FirstOrDefaultAsync(k => k.Id == keyId && k.PartnerId == id && k.RevokedAt == null);
        if (key is null)
        {
            return Problems.NotFound("Key");
        }

        key.Revoke(services.Time.GetUtcNow());
        await services.Db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<AgreementResponse>, ProblemHttpResult>> CreateAgreement(Guid id, CreateAgreementRequest request, [AsParameters] PartnerServices services)
    {
        var now = services.Time.GetUtcNow();
        var attributes = request.Attributes ?? [];
        var errors = new ValidationErrors()
            .When(attributes.Count == 0, "attributes", $"At least one of: {string.Join(", ", ShareableAttributes.All)}.")
            .When(attributes.Any(a => !ShareableAttributes.All.Contains(a)), "attributes", $"Only: {string.Join(", ", ShareableAttributes.All)}.")
            .Required("purpose", request.Purpose, 200)
            .When(request.ExpiresAt is null, "expiresAt", "Required.")
            .When(request.ExpiresAt <= now, "expiresAt", "Must be in the future.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await services.Db.Partners.FindAsync(id) is null)
        {
            return Problems.NotFound("Partner");
        }

        var agreement = new Agreement { Id = Guid.CreateVersion7(), PartnerId = id, Attributes = attributes.Distinct().ToList(), Purpose = request.Purpose!.Trim(), CreatedAt = now, ExpiresAt = request.ExpiresAt!.Value };
        services.Db.Agreements.Add(agreement);
        await services.Db.SaveChangesAsync();
        return TypedResults.Created($"/api/partners/{id}/agreements/{agreement.Id}", From(agreement, now));
    }

    public static async Task<Results<Ok<List<AgreementResponse>>, ProblemHttpResult>> ListAgreements(Guid id, [AsParameters] PartnerServices services)
    {
        if (await services.Db.Partners.FindAsync(id) is null)
        {
            return Problems.NotFound("Partner");
        }

        var now = services.Time.GetUtcNow();
        var agreements = await services.Db.Agreements.AsNoTracking().Where(a => a.PartnerId == id).OrderBy(a => a.CreatedAt).ToListAsync();
        return TypedResults.Ok(agreements.Select(a => From(a, now)).ToList());
    }

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

    private static AgreementResponse From(Agreement a, DateTimeOffset now) => new(a.Id, a.Attributes, a.Purpose, a.CreatedAt, a.ExpiresAt, a.IsLive(now));
}
