using MimeKit;

namespace Crm.Tickets.Channels.Mail;

/// <summary>Reads a parsed MIME message (MimeKit) into what the desk needs, text body first, HTML reduced to text otherwise.</summary>
public static class InboundMessageReader
{
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    public static InboundMessage Read(MimeMessage message)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var references = new List<string>();
        if (message.InReplyTo is { Length: > 0 } inReplyTo)
        {
            references.Add(inReplyTo);
        }

        references.AddRange(message.References.Reverse());
        var attachments = message.Attachments.OfType<MimePart>().Select(ToAttachment).ToList();
        return new InboundMessage(
            from?.Address ?? "", from?.Name is { Length: > 0 } name ? name : null, message.Subject ?? "", Body(message), message.MessageId,
            references, message.Headers[HeaderId.AutoSubmitted], message.Headers[HeaderId.Precedence], attachments);
    }

    /// <summary>The first attachment over 10 MB, if any: the message is refused whole.</summary>
    public static InboundAttachment? Oversized(InboundMessage message) => message.Attachments.FirstOrDefault(a => a.Content.LongLength > MaxAttachmentBytes);

    private static string Body(MimeMessage message)
    {
        if (message.TextBody is { Length: > 0 } text)
        {
            return text;
        }

        return message.HtmlBody is { Length: > 0 } html
            ? System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "))
            : "";
    }

    private static InboundAttachment ToAttachment(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        var name = Path.GetFileName(part.FileName ?? "") is { Length: > 0 } file ? file : "attachment";
        return new InboundAttachment(name.Length > 200 ? name[^200..] : name, part.ContentType.MimeType, content.ToArray());
    }
}
