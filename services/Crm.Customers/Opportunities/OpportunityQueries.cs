using Crm.BuildingBlocks.Api;
using Crm.Customers.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Opportunities;

public sealed record PipelineReport(IReadOnlyList<PipelineStage> Stages);

public static class OpportunityQueries
{
    public static async Task<Results<Ok<Page<OpportunityResponse>>, ProblemHttpResult>> List(
        [AsParameters] CustomerServices services, string? stage, string? ownerId, Guid? customerId, int? limit, string? cursor)
    {
        OpportunityStage? wanted = Enum.GetValues<OpportunityStage>().Where(s => string.Equals(s.ToString(), stage?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(s => (OpportunityStage?)s).FirstOrDefault();
        var errors = new ValidationErrors().MaxLength("ownerId", ownerId, 64)
            .When(!string.IsNullOrWhiteSpace(stage) && wanted is null, "stage", "One of: qualification, proposal, negotiation, won, lost.");
        var page = PageRequest.Parse(limit, cursor, errors);
        if (page is null)
        {
            return errors.ToProblem();
        }

        var query = services.Db.Set<Opportunity>().AsNoTracking();
        query = wanted is { } s ? query.Where(o => o.Stage == s) : query;
        query = string.IsNullOrWhiteSpace(ownerId) ? query : query.Where(o => o.OwnerId == ownerId);
        query = customerId is { } c ? query.Where(o => o.CustomerId == c) : query;
        if (page.After is { } after)
        {
            query = query.Where(o => o.Id.CompareTo(after.Id) > 0);
        }

        var rows = await query.OrderBy(o => o.Id).Take(page.Limit + 1).ToListAsync();
        return TypedResults.Ok(page.ToPage(rows, o => new Cursor("", o.Id), OpportunityResponse.From));
    }

    /// <summary>One grouped scan of the (stage, currency, amount) index, however many opportunities there are.</summary>
    public static async Task<Results<Ok<PipelineReport>, ProblemHttpResult>> Pipeline([AsParameters] CustomerServices services, string? ownerId, CancellationToken ct)
    {
        if (ownerId is { Length: > 64 })
        {
            return Problems.Validation("ownerId", "At most 64 characters.");
        }

        var query = services.Db.Set<Opportunity>().AsNoTracking();
        query = string.IsNullOrWhiteSpace(ownerId) ? query : query.Where(o => o.OwnerId == ownerId);
        var totals = await query.GroupBy(o => new { o.Stage, o.Currency })
            .Select(g => new { g.Key.Stage, g.Key.Currency, Count = g.Count(), Amount = g.Sum(o => (double)o.Amount) })
            .ToListAsync(ct);
        var stages = totals.Select(t => new StageTotal(t.Stage, t.Currency, t.Count, decimal.Round((decimal)t.Amount, 2)));
        return TypedResults.Ok(new PipelineReport(PipelineRules.Report(stages, "EUR")));
    }
}
