using Crm.Customers.Opportunities;

namespace Crm.UnitTests.Customers.Sales;

public sealed class PipelineRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static Opportunity Deal(OpportunityStage stage = OpportunityStage.Qualification) =>
        new() { Title = "Fleet of 40 phones", Amount = 16_000m, Currency = "EUR", Stage = stage, Version = 1 };

    [Fact]
    public void Winning_or_losing_needs_a_reason_and_is_final()
    {
        var deal = Deal(OpportunityStage.Negotiation);
        Assert.True(deal.MoveTo(OpportunityStage.Won, " ", Now).IsRefused);
        Assert.True(deal.MoveTo(OpportunityStage.Won, "Best price and support", Now).IsChanged);
        Assert.Equal(("Best price and support", Now, 2L), (deal.CloseReason, deal.ClosedAt, deal.Version));
        Assert.True(deal.MoveTo(OpportunityStage.Proposal, null, Now).IsRefused);
        Assert.True(deal.Edit(null, 1m, null, null, null, Now).IsRefused);
        Assert.True(deal.MoveTo(OpportunityStage.Won, null, Now).Kind == Crm.BuildingBlocks.Rules.OutcomeKind.Unchanged);
    }

    [Fact]
    public void Only_a_won_opportunity_becomes_an_order_and_only_once()
    {
        var deal = Deal();
        Assert.True(deal.BecomeOrder(Guid.CreateVersion7(), Now).IsRefused);
        deal.MoveTo(OpportunityStage.Won, "Signed", Now);
        Assert.True(deal.BecomeOrder(Guid.CreateVersion7(), Now).IsChanged);
        Assert.True(deal.BecomeOrder(Guid.CreateVersion7(), Now).IsRefused);
    }

    [Fact]
    public void An_edit_changes_only_what_it_names_and_an_empty_owner_clears_it()
    {
        var deal = Deal();
        deal.OwnerId = "olga";
        Assert.True(deal.Edit(null, 18_000m, null, null, null, Now).IsChanged);
        Assert.Equal((18_000m, "EUR", "olga"), (deal.Amount, deal.Currency, deal.OwnerId));
        deal.Edit(null, null, null, null, "", Now);
        Assert.Null(deal.OwnerId);
        Assert.Equal(Crm.BuildingBlocks.Rules.OutcomeKind.Unchanged, deal.Edit(null, null, null, null, null, Now).Kind);
    }

    [Fact]
    public void The_report_weights_each_stage_and_lists_every_stage_per_currency()
    {
        var report = PipelineRules.Report(
            [new(OpportunityStage.Proposal, "EUR", 2, 1_000m), new(OpportunityStage.Negotiation, "EUR", 1, 500m), new(OpportunityStage.Won, "USD", 1, 99.99m)], "EUR");

        Assert.Equal(10, report.Count);
        var proposal = report.Single(s => s.Stage == "proposal" && s.Currency == "EUR");
        Assert.Equal((2, 1_000m, 500m), (proposal.Count, proposal.Amount, proposal.WeightedAmount));
        Assert.Equal(400m, report.Single(s => s.Stage == "negotiation" && s.Currency == "EUR").WeightedAmount);
        Assert.Equal(0m, report.Single(s => s.Stage == "lost" && s.Currency == "USD").WeightedAmount);
        Assert.Equal(99.99m, report.Single(s => s.Stage == "won" && s.Currency == "USD").WeightedAmount);
        Assert.Equal(5, PipelineRules.Report([], "EUR").Count);
    }
}
