namespace Crm.Tickets.Sla;

/// <summary>A stretch of local working time on a weekday, e.g. Monday 09:00–12:30.</summary>
public sealed record WorkingPeriod(DayOfWeek Day, TimeOnly From, TimeOnly To);
