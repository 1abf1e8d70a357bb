using Crm.BuildingBlocks.Rules;

namespace Crm.Customers.Activities;

public enum ActivityType
{
    Call,
    Meeting,
    Task,
    Email,
}

/// <summary>Work planned with a customer (a call, a meeting, a task, an email) with its due date and owner, and how it went.</summary>
public sealed class Activity
{
    public Guid Id { get; set; }
    public Guid CustomerId { get; set; }
    public ActivityType Type { get; set; }
    public required string Subject { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? OwnerId { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? Outcome { get; set; }
    /// <summary>The interaction completing a call, meeting or email recorded on the customer's timeline.</summary>
    public Guid? InteractionId { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsOpen => CompletedAt is null;

    /// <summary>Done, with how it went; an activity is completed once.</summary>
    public Outcome Complete(string outcome, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return BuildingBlocks.Rules.Outcome.Refused("The activity was already completed.");
        }

        (Outcome, CompletedAt) = (outcome, now);
        return BuildingBlocks.Rules.Outcome.Changed;
    }
}
