using Crm.Customers.Activities;

namespace Crm.UnitTests.Customers.Sales;

public sealed class FollowUpRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void A_call_to_someone_we_called_two_days_ago_warns()
    {
        var warning = FollowUpRules.PressureWarning(ActivityType.Call, Now.AddDays(-2), 0, Week, Now);
        Assert.Equal("The customer was contacted 2 days ago, within the 7-day contact-pressure window.", warning);
    }

    [Fact]
    public void Marketing_contacts_within_the_window_warn_too()
    {
        Assert.Contains("2 marketing contacts", FollowUpRules.PressureWarning(ActivityType.Email, null, 2, Week, Now));
    }

    [Fact]
    public void No_warning_outside_the_window_nor_for_a_task()
    {
        Assert.Null(FollowUpRules.PressureWarning(ActivityType.Meeting, Now.AddDays(-8), 0, Week, Now));
        Assert.Null(FollowUpRules.PressureWarning(ActivityType.Task, Now.AddHours(-1), 3, Week, Now));
    }

    [Fact]
    public void Due_ranges_are_whole_utc_days_and_overdue_is_anything_before_now()
    {
        var today = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(((DateTimeOffset?)null, Now), FollowUpRules.Range(ActivityDue.Overdue, Now));
        Assert.Equal(((DateTimeOffset?)today, today.AddDays(1)), FollowUpRules.Range(ActivityDue.Today, Now));
        Assert.Equal(((DateTimeOffset?)today, today.AddDays(7)), FollowUpRules.Range(ActivityDue.Week, Now));
    }

    [Fact]
    public void An_activity_is_completed_once()
    {
        var call = new Activity { Subject = "Check the quote", Type = ActivityType.Call };
        Assert.True(call.Complete("Will sign on Monday", Now).IsChanged);
        Assert.True(call.Complete("Again", Now).IsRefused);
        Assert.Equal(("Will sign on Monday", (DateTimeOffset?)Now, false), (call.Outcome, call.CompletedAt, call.IsOpen));
    }

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("overdue", true, ActivityDue.Overdue)]
    [InlineData("Today", true, ActivityDue.Today)]
    [InlineData(" WEEK ", true, ActivityDue.Week)]
    [InlineData("someday", false, null)]
    [InlineData("1", false, null)]
    public void Due_is_read_by_name_in_any_case(string? value, bool valid, ActivityDue? expected)
    {
        Assert.Equal((valid, expected), (FollowUpRules.TryParseDue(value, out var due), due));
    }
}
