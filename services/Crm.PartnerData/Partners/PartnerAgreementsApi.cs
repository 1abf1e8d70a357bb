using Crm.BuildingBlocks.Api;
using Crm.PartnerData.Agreements;
using Crm.PartnerData.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Partners;

/// <summary>A partner's agreements: which attributes are shared with it, why, and until when.</summary>
public static class PartnerAgreementsApi
{
    public static async Task<Results<Created<AgreementResponse>, ProblemHttpResult>> CreateAgreement(Guid id, CreateAgreementRequest request, [AsParameters] PartnerServices services)
    {
        var now = services.Time.GetUtcNow();
        var attributes = request.Attributes ?? [];
        var errors = new ValidationErrors()
            .SomeOf("attributes", attributes, ShareableAttributes.All)
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

    private static AgreementResponse From(Agreement a, DateTimeOffset now) => new(a.Id, a.Attributes, a.Purpose, a.CreatedAt, a.ExpiresAt, a.IsLive(now));
}
