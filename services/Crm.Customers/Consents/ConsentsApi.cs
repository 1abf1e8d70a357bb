using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Consents;

public sealed record ConsentHistoryItem(ConsentPurpose Purpose, ContactChannel? Channel, bool Granted, DateTimeOffset RecordedAt, string Source, string? RecordedBy);

public static class ConsentsApi
{
    public static void MapConsentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers/{id:guid}/consents").WithTags("Consents");
        api.MapPut("/", ChangeConsent).WithName("ChangeConsent").WithSummary("Grant or withdraw consent on the customer's request").RequireAuthorization(CrmPolicies.CustomerWriters);
        api.MapGet("/", GetConsents).WithName("GetConsents").WithSummary("The customer's current consents").RequireAuthorization(CrmPolicies.CustomerReaders);
        api.MapGet("/history", GetHistory).WithName("GetConsentHistory").WithSummary("Every grant and withdrawal, oldest first").RequireAuthorization(CrmPolicies.CustomerReaders);
    }

    public static async Task<Results<Ok<IReadOnlyList<ConsentState>>, ProblemHttpResult>> ChangeConsent(
        Guid id, ConsentRequest request, [AsParameters] CustomerServices services, HttpContext http) =>
        await ChangeAsync(id, request, "agent", http.User.Subject(), services);

    /// <summary>Shared by staff and self-service: validates, records, answers the full current set.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ConsentState>>, ProblemHttpResult>> ChangeAsync(
        Guid id, ConsentRequest request, string source, string? recordedBy, CustomerServices services)
    {
        var errors = ConsentRecorder.Validate(request);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        ConsentRecorder.Record(services.Db, id, request.Purpose!.Value, request.Channel, request.Granted!.Value, source, recordedBy, services.Time.GetUtcNow());
        await services.Db.SaveChangesAsync();
        await services.Cache.RemoveByTagAsync(CustomerCache.Tag(id));
        return TypedResults.Ok(await ConsentRecorder.CurrentAsync(services.Db, id));
    }

    public static async Task<Results<Ok<IReadOnlyList<ConsentState>>, ProblemHttpResult>> GetConsents(Guid id, [AsParameters] CustomerServices services) =>
        await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null)
            ? TypedResults.Ok(await ConsentRecorder.CurrentAsync(services.Db, id))
            : Problems.NotFound("Customer");

    public static async Task<Results<Ok<List<ConsentHistoryItem>>, ProblemHttpResult>> GetHistory(Guid id, [AsParameters] CustomerServices services)
    {
        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var history = await services.Db.Consents.AsNoTracking().Where(c => c.CustomerId == id).OrderBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .Select(c => new ConsentHistoryItem(c.Purpose, c.Channel, c.Granted, c.RecordedAt, c.Source, c.RecordedBy)).ToListAsync();
        return TypedResults.Ok(history);
    }
}
