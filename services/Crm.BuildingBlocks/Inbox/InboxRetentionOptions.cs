namespace Crm.BuildingBlocks.Inbox;

/// <summary><c>Messaging:Inbox</c>: how long the inbox remembers the messages it applied.</summary>
public sealed class InboxRetentionOptions
{
    /// <summary>How long an inbox record is kept: it must outlive any redelivery of its message.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often records older than that are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
