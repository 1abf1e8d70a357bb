namespace Crm.Tickets.Sla;

/// <summary>The desk's SLA policy (configuration section <c>Tickets:Sla</c>).</summary>
public sealed class SlaOptions
{
    public const string Section = "Tickets:Sla";

    public string TimeZone { get; set; } = "UTC";
    /// <summary>Working periods, e.g. "Monday 09:00-17:00"; none configured means the desk works around the clock.</summary>
    public List<string> WorkingPeriods { get; set; } = [];
    public List<DateOnly> Holidays { get; set; } = [];
    /// <summary>How long before a deadline the warning goes out.</summary>
    public TimeSpan WarningLead { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>A breach raises the priority one step (urgent stays urgent).</summary>
    public bool EscalateOnBreach { get; set; } = true;
    /// <summary>Who breached tickets are reassigned to, when set.</summary>
    public string? EscalationLead { get; set; }

    public Dictionary<string, SlaTargets> Targets { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["urgent"] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(8)),
        ["high"] = new(TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(24)),
        ["normal"] = new(TimeSpan.FromHours(8), TimeSpan.FromHours(16), TimeSpan.FromHours(72)),
        ["low"] = new(TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(120)),
    };

    public BusinessCalendar Calendar()
    {
        if (WorkingPeriods.Count == 0)
        {
            return TimeZone == "UTC" && Holidays.Count == 0 ? BusinessCalendar.AlwaysOpen
                : new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
                    Enum.GetValues<DayOfWeek>().Select(d => new WorkingPeriod(d, TimeOnly.MinValue, TimeOnly.MaxValue)).ToList(), Holidays.ToHashSet());
        }

        var periods = WorkingPeriods.Select(Parse).ToList();
        return new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), periods, Holidays.ToHashSet());
    }

    private static WorkingPeriod Parse(string text)
    {
        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return new WorkingPeriod(Enum.Parse<DayOfWeek>(parts[0], ignoreCase: true),
            TimeOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
