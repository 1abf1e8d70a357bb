namespace Crm.Customers.Opportunities;

public sealed record StageTotal(OpportunityStage Stage, string Currency, int Count, decimal Amount);

public sealed record PipelineStage(string Stage, string Currency, int Count, decimal Amount, decimal Probability, decimal WeightedAmount);

/// <summary>How likely each stage is to close as won, and the pipeline weighted by it.</summary>
public static class PipelineRules
{
    public static decimal Probability(OpportunityStage stage) => stage switch
    {
        OpportunityStage.Qualification => 0.2m,
        OpportunityStage.Proposal => 0.5m,
        OpportunityStage.Negotiation => 0.8m,
        OpportunityStage.Won => 1m,
        _ => 0m,
    };

    /// <summary>Every stage in pipeline order, per currency; a stage without opportunities reads zero.</summary>
    public static IReadOnlyList<PipelineStage> Report(IEnumerable<StageTotal> totals, string defaultCurrency)
    {
        var list = totals.ToList();
        var currencies = list.Select(t => t.Currency).Distinct().Order(StringComparer.Ordinal).DefaultIfEmpty(defaultCurrency).ToList();
        return (from currency in currencies
                from stage in Enum.GetValues<OpportunityStage>()
                let found = list.Where(t => t.Stage == stage && t.Currency == currency).ToList()
                let amount = found.Sum(t => t.Amount)
                select new PipelineStage(stage.ToString().ToLowerInvariant(), currency, found.Sum(t => t.Count), amount,
                    Probability(stage), decimal.Round(amount * Probability(stage), 2))).ToList();
    }
}
