namespace Crm.Customers.Timeline;

/// <summary>Something that happened with a customer, here or in another service: the customer's timeline.</summary>
public sealed class TimelineEntry
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public required string Type { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string Summary { get; set; }
    /// <summary>The id of what the entry is about (ticket, purchase, survey response, campaign message…).</summary>
    public string? RefId { get; set; }

    public static TimelineEntry Create(Guid customerId, string type, DateTimeOffset occurredAt, string summary, string? refId) => new()
    {
        Id = Guid.CreateVersion7(),
        CustomerId = customerId,
        Type = type,
        OccurredAt = occurredAt,
        Summary = summary.Length > TimelineLimits.Summary ? summary[..TimelineLimits.Summary] : summary,
        RefId = refId,
    };
}
