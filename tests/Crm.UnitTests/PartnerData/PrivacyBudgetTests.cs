using Crm.PartnerData.Overlap;

namespace Crm.UnitTests.PartnerData;

public sealed class PrivacyBudgetTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly PrivacyBudget Daily = new(3.0, TimeSpan.FromDays(1));

    private static List<(DateTimeOffset, double)> Spent(params double[] hoursAgo) => hoursAgo.Select(h => (Now.AddHours(-h), 0.5)).ToList();

    [Fact]
    public void Six_queries_of_half_an_epsilon_fit_in_a_daily_budget_of_three()
    {
        Assert.Null(Daily.WaitBeforeSpending(0.5, Spent(), Now));
        Assert.Null(Daily.WaitBeforeSpending(0.5, Spent(1, 2, 3, 4, 5), Now));
    }

    [Fact]
    public void The_seventh_query_waits_until_the_oldest_spend_leaves_the_window()
    {
        var wait = Daily.WaitBeforeSpending(0.5, Spent(20, 1, 2, 3, 4, 5), Now);

        Assert.Equal(TimeSpan.FromHours(4), wait);
    }

    [Fact]
    public void Spending_older_than_a_day_no_longer_counts()
    {
        Assert.Null(Daily.WaitBeforeSpending(0.5, Spent(25, 26, 27, 28, 29, 30, 31), Now));
    }

    [Fact]
    public void A_query_dearer_than_the_whole_budget_is_never_answered()
    {
        Assert.Equal(TimeSpan.FromDays(1), Daily.WaitBeforeSpending(3.5, Spent(), Now));
    }
}
