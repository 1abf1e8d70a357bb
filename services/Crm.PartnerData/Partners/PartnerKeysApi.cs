using Crm.BuildingBlocks.Api;
using Crm.PartnerData.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.PartnerData.Partners;

/// <summary>A partner's API keys: issued with their scopes (the key shown once), listed without secrets, revoked at once.</summary>
public static class PartnerKeysApi
{
    public static async Task<Results<Created<CreatedKeyResponse>, ProblemHttpResult>> CreateKey(Guid id, CreateKeyRequest request, [AsParameters] PartnerServices services)
    {
        var now = services.Time.GetUtcNow();
        var scopes = request.Scopes ?? [];
        var errors = new ValidationErrors()
            .SomeOf("scopes", scopes, PartnerScopes.All)
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
}
