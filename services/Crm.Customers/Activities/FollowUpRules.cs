namespace Crm.Customers.Activities;

public enum ActivityDue
{
    Overdue,
    Today,
    Week,
}

/// <summary>Follow-ups without pestering: which activities contact the customer, and when to warn before one is planned.</summary>
public static class FollowUpRules
{
    /// <summary>Calls, meetings and emails reach out to the customer; a task is the owner's own work.</summary>
    public static bool IsOutbound(ActivityType type) => type is not ActivityType.Task;

    /// <summary>
    /// A warning when an outbound follow-up is planned for someone already contacted within the contact-pressure window:
    /// by us (the last outbound interaction) or by marketing (contacts counted against the limit). Null when none is due.
    /// </summary>
    public static string? PressureWarning(ActivityType type, DateTimeOffset? lastOutboundAt, int marketingContacts, TimeSpan window, DateTimeOffset now)
    {
        if (!IsOutbound(type))
        {
            return null;
        }

        var days = window.TotalDays.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        if (lastOutboundAt is { } last && now - last < window)
        {
            var ago = Math.Max(0, (int)Math.Floor((now - last).TotalDays));
            return $"The customer was contacted {(ago == 0 ? "today" : ago == 1 ? "yesterday" : $"{ago} days ago")}, within the {days}-day contact-pressure window.";
        }

        return marketingContacts > 0
            ? $"The customer received {marketingContacts} marketing contact{(marketingContacts == 1 ? "" : "s")} within the {days}-day contact-pressure window."
            : null;
    }

    /// <summary>Reads <c>overdue</c>, <c>today</c> or <c>week</c> (any case); absent is none.</summary>
    public static bool TryParseDue(string? value, out ActivityDue? due)
    {
        due = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var found = Enum.GetValues<ActivityDue>().Where(d => string.Equals(d.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        due = found.Count == 1 ? found[0] : null;
        return due is not null;
    }

    /// <summary>The due-date range of "my overdue / today / this week" (UTC days; a week is today and the 6 days after).</summary>
    public static (DateTimeOffset? From, DateTimeOffset To) Range(ActivityDue due, DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return due switch
        {
            ActivityDue.Overdue => (null, now),
            ActivityDue.Today => (today, today.AddDays(1)),
            _ => (today, today.AddDays(7)),
        };
    }
}
