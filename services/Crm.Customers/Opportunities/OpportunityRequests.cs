using Crm.BuildingBlocks.Api;
using Crm.Customers.Catalog;

namespace Crm.Customers.Opportunities;

public sealed record CreateOpportunityRequest(
    Guid? CustomerId, string? Title, decimal? Amount, string? Currency, OpportunityStage? Stage, DateTimeOffset? ExpectedCloseAt, string? OwnerId, string? Reason);

/// <summary>A partial update: absent fields stay; <c>stage</c> won or lost needs <c>reason</c>; an empty ownerId clears the owner.</summary>
public sealed record UpdateOpportunityRequest(
    string? Title, decimal? Amount, string? Currency, OpportunityStage? Stage, DateTimeOffset? ExpectedCloseAt, string? OwnerId, string? Reason);

public sealed record OpportunityResponse(
    Guid Id, Guid CustomerId, string Title, decimal Amount, string Currency, OpportunityStage Stage, decimal Probability, DateTimeOffset? ExpectedCloseAt,
    string? OwnerId, string? CloseReason, DateTimeOffset? ClosedAt, Guid? OrderId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static OpportunityResponse From(Opportunity o) => new(
        o.Id, o.CustomerId, o.Title, o.Amount, o.Currency, o.Stage, PipelineRules.Probability(o.Stage), o.ExpectedCloseAt, o.OwnerId,
        o.CloseReason, o.ClosedAt, o.OrderId, o.CreatedAt, o.UpdatedAt, o.Version);
}

public static class OpportunityValidation
{
    public static ValidationErrors Validate(string? title, bool titleRequired, decimal? amount, bool amountRequired, string? currency, bool currencyRequired, string? ownerId, string? reason)
    {
        var errors = new ValidationErrors()
            .Name("title", title, 200, required: titleRequired)
            .When(amountRequired && amount is null, "amount", "Required.")
            .When(amount is < 0 or > 1_000_000_000m, "amount", "Between 0 and 1,000,000,000.")
            .When(amount is { } a && decimal.Round(a, 2) != a, "amount", "At most 2 decimals.")
            .When((currencyRequired || currency is not null) && (currency is null || !Money.IsCurrency(currency)), "currency", "An ISO 4217 code of 3 capital letters, e.g. EUR.")
            .MaxLength("ownerId", ownerId, 64)
            .MaxLength("reason", reason, 500);
        return errors;
    }
}
