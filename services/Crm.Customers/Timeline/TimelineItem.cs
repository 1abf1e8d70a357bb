namespace Crm.Customers.Timeline;

public sealed record TimelineItem(string Type, DateTimeOffset OccurredAt, string Summary, string? RefId)
{
    public static TimelineItem From(TimelineEntry e) => new(e.Type, e.OccurredAt, e.Summary, e.RefId);
}
