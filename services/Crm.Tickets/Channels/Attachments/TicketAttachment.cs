namespace Crm.Tickets.Channels.Attachments;

/// <summary>A file that came with a customer's mail (up to 10 MB), kept with its ticket.</summary>
public sealed class TicketAttachment
{
    public Guid Id { get; set; }
    public Guid TicketId { get; set; }
    /// <summary>The comment the file came with; null when it came with the mail that opened the ticket.</summary>
    public Guid? CommentId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset At { get; set; }
}
