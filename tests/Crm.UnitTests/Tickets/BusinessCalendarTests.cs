using Crm.Tickets.Sla;

namespace Crm.UnitTests.Tickets;

public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Lisbon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");

    private static BusinessCalendar Weekdays(params DateOnly[] holidays) => new(Lisbon,
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .SelectMany(d => new[] { new WorkingPeriod(d, new TimeOnly(9, 0), new TimeOnly(12, 30)), new WorkingPeriod(d, new TimeOnly(13, 30), new TimeOnly(18, 0)) })],
        holidays.ToHashSet());

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) =>
        new(new DateTime(2026, month, day, hour, minute, 0), Lisbon.GetUtcOffset(new DateTime(2026, month, day, hour, minute, 0)));

    [Fact]
    public void Time_runs_only_within_working_periods_skipping_the_lunch_break()
    {
        // Wednesday 4 March 11:00 + 3 h: 1.5 h until 12:30, lunch, 1.5 h from 13:30 → 15:00.
        Assert.Equal(At(3, 4, 15), Weekdays().Add(At(3, 4, 11), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void A_deadline_crossing_the_weekend_lands_on_monday()
    {
        // Friday 6 March 17:00 + 2 h: 1 h on Friday, then Monday 9 March 10:00.
        Assert.Equal(At(3, 9, 10), Weekdays().Add(At(3, 6, 17), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        Assert.Equal(At(3, 10, 10), Weekdays(new DateOnly(2026, 3, 9)).Add(At(3, 6, 17), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_ticket_opened_at_night_starts_counting_at_nine()
    {
        Assert.Equal(At(3, 5, 9, 30), Weekdays().Add(At(3, 4, 22), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void The_spring_forward_night_loses_no_working_hour()
    {
        // Lisbon moves from 01:00 to 02:00 on Sunday 29 March 2026; Friday 17:00 + 2 h → Monday 30 March 10:00 (UTC+1).
        var due = Weekdays().Add(At(3, 27, 17), TimeSpan.FromHours(2));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.FromHours(1)), due);
    }

    [Fact]
    public void The_fall_back_weekend_is_handled()
    {
        // Lisbon goes back from 02:00 to 01:00 on Sunday 25 October 2026; Friday 17:00 + 2 h → Monday 26 October 10:00 (UTC+0).
        var due = Weekdays().Add(At(10, 23, 17), TimeSpan.FromHours(2));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Business_time_between_two_instants_counts_only_working_periods()
    {
        Assert.Equal(TimeSpan.FromHours(8), Weekdays().Between(At(3, 6, 9), At(3, 9, 9)));
        Assert.Equal(TimeSpan.Zero, Weekdays().Between(At(3, 7, 9), At(3, 8, 20)));
    }

    [Fact]
    public void Adding_what_lies_between_two_instants_gets_back_to_the_second()
    {
        var calendar = Weekdays();
        var start = At(3, 4, 10);
        var end = At(3, 11, 16, 45);
        Assert.Equal(end, calendar.Add(start, calendar.Between(start, end)));
    }
}
