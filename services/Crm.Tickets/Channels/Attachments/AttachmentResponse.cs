namespace Crm.Tickets.Channels.Attachments;

public sealed record AttachmentResponse(Guid Id, Guid? CommentId, string FileName, string ContentType, long Size, DateTimeOffset At);
