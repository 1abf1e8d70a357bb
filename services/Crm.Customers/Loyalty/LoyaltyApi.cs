using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Loyalty;

public sealed record LoyaltyResponse(int Points, string Tier, string? NextTier, int? PointsToNextTier, int PointsLast12Months, IReadOnlyList<LedgerLine> Ledger);

public sealed record AdjustmentRequest(int? Points, string? Reason);

/// <summary>Points, tier and history for the customer (<c>/api/me/loyalty</c>) and for staff, who also adjust with a reason.</summary>
public static class LoyaltyApi
{
    public const int LedgerLines = 200;

    public static void MapLoyaltyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/loyalty", GetMine).WithTags("Loyalty").WithName("GetMyLoyalty").WithSummary("The caller's points, tier and history")
            .RequireAuthorization(CrmPolicies.SelfService);
        var staff = app.MapGroup("/api/customers/{id:guid}/loyalty").WithTags("Loyalty");
        staff.MapGet("/", GetCustomers).WithName("GetCustomerLoyalty").WithSummary("A customer's points, tier and history").RequireAuthorization(CrmPolicies.CustomerReaders);
        staff.MapPost("/adjustments", Adjust).WithName("AdjustLoyaltyPoints").WithSummary("Add or take away points, with a reason").RequireAuthorization(CrmPolicies.CustomerWriters);
    }

    public static async Task<Results<Ok<LoyaltyResponse>, ProblemHttpResult>> GetMine([AsParameters] CustomerServices services, HttpContext http, CancellationToken ct) =>
        await ReadAsync(http.User.CustomerId()!.Value, services, ct);

    public static async Task<Results<Ok<LoyaltyResponse>, ProblemHttpResult>> GetCustomers(Guid id, [AsParameters] CustomerServices services, CancellationToken ct) =>
        await ReadAsync(id, services, ct);

    public static async Task<Results<Created<LoyaltyResponse>, ProblemHttpResult>> Adjust(Guid id, AdjustmentRequest request, [AsParameters] CustomerServices services, HttpContext http)
    {
        var errors = new ValidationErrors()
            .When(request.Points is null, "points", "Required.")
            .Range("points", request.Points, -LoyaltyRules.MaxAdjustment, LoyaltyRules.MaxAdjustment)
            .When(request.Points == 0, "points", "Add or take away at least 1 point.")
            .Required("reason", request.Reason, 500);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null))
        {
            return Problems.NotFound("Customer");
        }

        var now = services.Time.GetUtcNow();
        var ledger = await LoyaltyLedger.LoadAsync(services.Db, id);
        var outcome = LoyaltyRules.CanAdjust(request.Points!.Value, ledger.Statement(now).Points, request.Reason);
        if (outcome.IsRefused)
        {
            return Problems.Conflict(outcome.Reason!);
        }

        var entry = ledger.Append(LoyaltyEntryKind.Adjusted, request.Points.Value, request.Reason!.Trim(), null, now, http.User.Subject());
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return Problems.Conflict("The points changed meanwhile: read them again and retry.");
        }

        return TypedResults.Created($"/api/customers/{id}/loyalty/adjustments/{entry.Id}", Response(ledger, now));
    }

    private static async Task<Results<Ok<LoyaltyResponse>, ProblemHttpResult>> ReadAsync(Guid id, CustomerServices services, CancellationToken ct)
    {
        if (!await services.Db.Customers.AnyAsync(c => c.Id == id && c.ErasedAt == null, ct))
        {
            return Problems.NotFound("Customer");
        }

        var entries = await services.Db.Set<LoyaltyEntry>().AsNoTracking().Where(e => e.CustomerId == id).ToListAsync(ct);
        return TypedResults.Ok(Response(new LoyaltyLedger(services.Db, new LoyaltyAccount { CustomerId = id }, entries), services.Time.GetUtcNow()));
    }

    private static LoyaltyResponse Response(LoyaltyLedger ledger, DateTimeOffset now)
    {
        var statement = ledger.Statement(now);
        var lines = ledger.Entries.Select(e => new LedgerLine(e.At, e.Points, e.Reason, e.RefId))
            .Concat(statement.Expired).OrderByDescending(l => l.At).Take(LedgerLines).ToList();
        return new LoyaltyResponse(statement.Points, statement.Tier, statement.NextTier, statement.PointsToNextTier, statement.PointsLast12Months, lines);
    }
}
