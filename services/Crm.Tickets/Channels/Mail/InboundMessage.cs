namespace Crm.Tickets.Channels.Mail;

/// <summary>What the desk reads of a mail to the support address: who, what, the thread it belongs to and its loop markers.</summary>
public sealed record InboundMessage(
    string FromAddress,
    string? FromName,
    string Subject,
    string Body,
    string? MessageId,
    IReadOnlyList<string> References,
    string? AutoSubmitted,
    string? Precedence,
    IReadOnlyList<InboundAttachment> Attachments);
