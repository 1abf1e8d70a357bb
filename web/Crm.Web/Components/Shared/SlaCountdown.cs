using System.Globalization;

namespace Crm.Web.Components.Shared;

/// <summary>How urgent an SLA deadline is, as the queue and the ticket page show it.</summary>
public enum SlaLevel
{
    Ok,
    Warning,
    Breached,
    Paused,
    Done,
}

/// <summary>
/// The countdown of one SLA deadline: green while more than a quarter of the time from the ticket's creation to the
/// deadline is left (and more than 30 minutes), amber below that, red once it has passed or the service says it was breached.
/// </summary>
public static class SlaCountdown
{
    public static readonly TimeSpan WarningFloor = TimeSpan.FromMinutes(30);

    public static SlaLevel Level(DateTimeOffset createdAt, DateTimeOffset dueAt, DateTimeOffset now, bool paused, bool breached, bool done)
    {
        if (done)
        {
            return SlaLevel.Done;
        }

        if (breached || now >= dueAt)
        {
            return SlaLevel.Breached;
        }

        if (paused)
        {
            return SlaLevel.Paused;
        }

        var left = dueAt - now;
        var window = dueAt - createdAt;
        return left <= WarningFloor || left.Ticks * 4 <= window.Ticks ? SlaLevel.Warning : SlaLevel.Ok;
    }

    /// <summary>"2 h 05 min left", "overdue by 12 min", "paused", "met".</summary>
    public static string Text(SlaLevel level, DateTimeOffset dueAt, DateTimeOffset now) => level switch
    {
        SlaLevel.Done => "met",
        SlaLevel.Paused => "paused",
        SlaLevel.Breached when now >= dueAt => $"overdue by {Span(now - dueAt)}",
        SlaLevel.Breached => "breached",
        _ => $"{Span(dueAt - now)} left",
    };

    public static string Span(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h"),
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalMinutes)} min"),
    };
}
