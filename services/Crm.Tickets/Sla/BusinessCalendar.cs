namespace Crm.Tickets.Sla;

/// <summary>
/// When the desk works: periods per weekday in a time zone, minus holidays. Adds business time to an instant and
/// measures business time between instants; DST changes are handled by converting each local period separately.
/// </summary>
public sealed class BusinessCalendar(TimeZoneInfo zone, IReadOnlyList<WorkingPeriod> periods, IReadOnlySet<DateOnly> holidays)
{
    private const int MaxDays = 3660;

    public static BusinessCalendar AlwaysOpen { get; } = new(TimeZoneInfo.Utc,
        Enum.GetValues<DayOfWeek>().Select(d => new WorkingPeriod(d, TimeOnly.MinValue, TimeOnly.MaxValue)).ToList(), new HashSet<DateOnly>());

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        var remaining = businessTime;
        foreach (var (from, to) in PeriodsFrom(start))
        {
            var begin = from > start ? from : start;
            if (begin >= to)
            {
                continue;
            }

            if (to - begin >= remaining)
            {
                return begin + remaining;
            }

            remaining -= to - begin;
        }

        throw new InvalidOperationException("The calendar has no working time within ten years.");
    }

    public TimeSpan Between(DateTimeOffset start, DateTimeOffset end)
    {
        var total = TimeSpan.Zero;
        if (end <= start)
        {
            return total;
        }

        foreach (var (from, to) in PeriodsFrom(start))
        {
            if (from >= end)
            {
                break;
            }

            var begin = from > start ? from : start;
            var finish = to < end ? to : end;
            if (finish > begin)
            {
                total += finish - begin;
            }
        }

        return total;
    }

    /// <summary>The working periods (as instants) from the local day of <paramref name="start"/> on, in order.</summary>
    private IEnumerable<(DateTimeOffset From, DateTimeOffset To)> PeriodsFrom(DateTimeOffset start)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (holidays.Contains(day))
            {
                continue;
            }

            foreach (var period in periods.Where(p => p.Day == day.DayOfWeek).OrderBy(p => p.From))
            {
                yield return (ToInstant(day, period.From), period.To == TimeOnly.MaxValue ? ToInstant(day.AddDays(1), TimeOnly.MinValue) : ToInstant(day, period.To));
            }
        }
    }

    private DateTimeOffset ToInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30); // inside a spring-forward gap: the period starts when the clock resumes
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
