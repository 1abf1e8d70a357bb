using Crm.Customers.Loyalty;

namespace Crm.UnitTests.Customers.Sales;

public sealed class LoyaltyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ana = Guid.CreateVersion7();

    private static LoyaltyEntry Line(int monthsAgo, int points, LoyaltyEntryKind? kind = null) => new()
    {
        Id = Guid.CreateVersion7(), CustomerId = Ana, At = Now.AddMonths(-monthsAgo), Points = points, Reason = "test",
        Kind = kind ?? (points > 0 ? LoyaltyEntryKind.Earned : LoyaltyEntryKind.Redeemed),
    };

    [Theory]
    [InlineData(0, "bronze", "silver", 500)]
    [InlineData(499, "bronze", "silver", 1)]
    [InlineData(500, "silver", "gold", 1500)]
    [InlineData(2_000, "gold", "platinum", 3000)]
    [InlineData(5_000, "platinum", null, null)]
    [InlineData(90_000, "platinum", null, null)]
    public void The_tier_follows_points_earned_in_the_last_12_months(int points, string tier, string? next, int? toNext)
    {
        var statement = LoyaltyRules.Evaluate(points == 0 ? [] : [Line(1, points)], Now);
        Assert.Equal((tier, next, toNext), (statement.Tier, statement.NextTier, statement.PointsToNextTier));
    }

    [Fact]
    public void Points_earned_more_than_12_months_ago_count_for_the_balance_but_not_for_the_tier()
    {
        var statement = LoyaltyRules.Evaluate([Line(13, 3_000), Line(2, 600)], Now);
        Assert.Equal((3_600, "silver", 600), (statement.Points, statement.Tier, statement.PointsLast12Months));
    }

    [Fact]
    public void Redeeming_does_not_lower_the_tier()
    {
        var statement = LoyaltyRules.Evaluate([Line(3, 2_500), Line(1, -2_000)], Now);
        Assert.Equal((500, "gold"), (statement.Points, statement.Tier));
    }

    [Fact]
    public void Points_expire_24_months_after_they_were_earned_unless_used_first()
    {
        var old = Line(25, 1_000);
        var statement = LoyaltyRules.Evaluate([old, Line(24, -300), Line(6, 200)], Now);

        // The redemption 24 months ago used 300 of the oldest points; the 700 left expired a month ago.
        Assert.Equal(200, statement.Points);
        var expired = Assert.Single(statement.Expired);
        Assert.Equal((-700, "expired", old.Id.ToString(), old.At.AddMonths(24)), (expired.Points, expired.Reason, expired.RefId, expired.At));
    }

    [Fact]
    public void Points_earned_exactly_24_months_ago_have_expired_and_a_day_younger_have_not()
    {
        Assert.Equal(0, LoyaltyRules.Evaluate([Line(24, 100)], Now).Points);
        Assert.Equal(100, LoyaltyRules.Evaluate([Line(24, 100)], Now.AddDays(-1)).Points);
    }

    [Fact]
    public void One_point_is_earned_per_whole_currency_unit_paid()
    {
        Assert.Equal([0, 0, 1, 99, 100], new[] { 0m, 0.99m, 1m, 99.99m, 100m }.Select(LoyaltyRules.EarnedFor));
    }

    [Theory]
    [InlineData(100, 1_000, 100, false)]
    [InlineData(5_000, 10_000, 100, false)]
    [InlineData(5_001, 10_000, 100, true)]
    [InlineData(300, 200, 100, true)]
    [InlineData(0, 200, 100, true)]
    [InlineData(-5, 200, 100, true)]
    public void Points_pay_for_at_most_half_an_order_and_never_more_than_the_balance(int points, int balance, decimal subtotal, bool refused)
    {
        var outcome = LoyaltyRules.CanRedeem(points, balance, subtotal);
        Assert.Equal(refused, outcome.IsRefused);
    }

    [Fact]
    public void An_adjustment_needs_a_reason_and_cannot_take_away_more_than_the_balance()
    {
        Assert.True(LoyaltyRules.CanAdjust(50, 0, "Goodwill after a late delivery").IsChanged);
        Assert.True(LoyaltyRules.CanAdjust(50, 0, " ").IsRefused);
        Assert.True(LoyaltyRules.CanAdjust(-51, 50, "Returned item").IsRefused);
        Assert.True(LoyaltyRules.CanAdjust(-50, 50, "Returned item").IsChanged);
        Assert.True(LoyaltyRules.CanAdjust(0, 50, "Nothing").IsRefused);
    }

    [Fact]
    public void The_account_appends_and_every_line_is_a_new_version()
    {
        var account = new LoyaltyAccount { CustomerId = Ana };
        var first = account.Append(LoyaltyEntryKind.Earned, 10, "Order O-1", "o1", Now);
        var second = account.Append(LoyaltyEntryKind.Adjusted, -5, "Correction", null, Now, "agent-1");
        Assert.Equal(2, account.Version);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((Ana, -5, "agent-1"), (second.CustomerId, second.Points, second.RecordedBy));
    }
}
