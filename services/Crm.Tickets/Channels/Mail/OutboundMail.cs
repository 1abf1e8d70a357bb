namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// A mail the desk sends, written in the same transaction as the change that calls for it (the mail outbox), and its
/// delivery record: pending until the SMTP server took it, tried again with a growing pause, failed for good after
/// a permanent refusal or too many attempts.
/// </summary>
public sealed class OutboundMail
{
    public Guid Id { get; set; }
    public required string MessageId { get; set; }
    public Guid? TicketId { get; set; }
    public Guid? CustomerId { get; set; }
    public required string Kind { get; set; }
    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? InReplyTo { get; set; }
    /// <summary>Space-separated Message-IDs of the thread, oldest first.</summary>
    public string? References { get; set; }
    /// <summary>Sent as <c>Auto-Submitted: auto-replied</c> (acknowledgements), so that other desks' rules do not answer it.</summary>
    public bool AutoReply { get; set; }
    public OutboundMailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
