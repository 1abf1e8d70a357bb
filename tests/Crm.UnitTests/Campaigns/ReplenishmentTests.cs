using Crm.Campaigns.CrossSell;

namespace Crm.UnitTests.Campaigns;

public sealed class ReplenishmentTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_typical_interval_is_the_median_gap_and_the_reminder_comes_a_little_before_it()
    {
        var purchases = new[] { 0, 30, 58, 90 }.Select(d => new PurchasePoint("coffee", Start.AddDays(d)));

        var due = Assert.Single(Replenishment.Schedule(purchases));

        Assert.Equal(30, due.TypicalIntervalDays);
        Assert.Equal(Start.AddDays(90 + 27), due.DueAt);
    }

    [Fact]
    public void One_gap_is_not_yet_a_rhythm_and_purchases_on_one_day_count_once()
    {
        Assert.Empty(Replenishment.Schedule([new("filters", Start), new("filters", Start.AddDays(20))]));
        Assert.Empty(Replenishment.Schedule([new("filters", Start), new("filters", Start.AddHours(2)), new("filters", Start.AddDays(20))]));
        Assert.Null(Replenishment.NextDue([]));
    }

    [Fact]
    public void The_next_due_date_is_the_earliest_over_categories()
    {
        var purchases = new[] { 0, 10, 20 }.Select(d => new PurchasePoint("capsules", Start.AddDays(d)))
            .Concat(new[] { 0, 60, 120 }.Select(d => new PurchasePoint("descaler", Start.AddDays(d))));

        Assert.Equal(Start.AddDays(29), Replenishment.NextDue(purchases));
    }
}
