using Crm.BuildingBlocks.Rules;

namespace Crm.Customers.Opportunities;

public enum OpportunityStage
{
    Qualification,
    Proposal,
    Negotiation,
    Won,
    Lost,
}

/// <summary>A sale being worked on: how much, how far along, whose, and when it should close; won or lost with why.</summary>
public sealed class Opportunity
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string Title { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public OpportunityStage Stage { get; set; }
    public DateTimeOffset? ExpectedCloseAt { get; set; }
    public string? OwnerId { get; set; }
    /// <summary>Why it was won or lost.</summary>
    public string? CloseReason { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The order a won opportunity became.</summary>
    public Guid? OrderId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Incremented by every change; the ETag.</summary>
    public long Version { get; set; }

    public bool IsClosed => Stage is OpportunityStage.Won or OpportunityStage.Lost;

    /// <summary>Changes what is being sold and by whom; a closed opportunity is history and stays as it closed.</summary>
    public Outcome Edit(string? title, decimal? amount, string? currency, DateTimeOffset? expectedCloseAt, string? ownerId, DateTimeOffset now)
    {
        if (title is null && amount is null && currency is null && expectedCloseAt is null && ownerId is null)
        {
            return Outcome.Unchanged;
        }

        if (IsClosed)
        {
            return Outcome.Refused($"The opportunity is {Stage.ToString().ToLowerInvariant()}: a closed opportunity is not changed.");
        }

        (Title, Amount, Currency) = (title ?? Title, amount ?? Amount, currency ?? Currency);
        ExpectedCloseAt = expectedCloseAt ?? ExpectedCloseAt;
        OwnerId = ownerId is null ? OwnerId : ownerId.Length == 0 ? null : ownerId;
        return Touch(now);
    }

    /// <summary>Moves along the pipeline; winning or losing needs the reason why, and is final.</summary>
    public Outcome MoveTo(OpportunityStage stage, string? reason, DateTimeOffset now)
    {
        if (stage == Stage)
        {
            return Outcome.Unchanged;
        }

        if (IsClosed)
        {
            return Outcome.Refused($"The opportunity is already {Stage.ToString().ToLowerInvariant()}.");
        }

        if (stage is OpportunityStage.Won or OpportunityStage.Lost)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return Outcome.Refused("Say why the opportunity was won or lost.");
            }

            (CloseReason, ClosedAt) = (reason.Trim(), now);
        }

        Stage = stage;
        return Touch(now);
    }

    /// <summary>A won opportunity becomes one order, once.</summary>
    public Outcome BecomeOrder(Guid orderId, DateTimeOffset now)
    {
        if (Stage != OpportunityStage.Won)
        {
            return Outcome.Refused("Only a won opportunity becomes an order.");
        }

        if (OrderId is not null)
        {
            return Outcome.Refused("This opportunity has already become an order.");
        }

        OrderId = orderId;
        return Touch(now);
    }

    private Outcome Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
        return Outcome.Changed;
    }
}
