using MimeKit;

namespace Crm.Tickets.Channels.Mail;

/// <summary>The MIME message of a queued mail: from the support address, threaded by In-Reply-To and References.</summary>
public static class OutboundMessage
{
    public static MimeMessage Build(OutboundMail mail, MailChannelOptions options)
    {
        var message = new MimeMessage { MessageId = mail.MessageId, Subject = mail.Subject, Date = mail.CreatedAt };
        message.From.Add(new MailboxAddress(options.SenderName, options.SupportAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        if (mail.InReplyTo is { Length: > 0 } inReplyTo)
        {
            message.InReplyTo = inReplyTo;
        }

        foreach (var reference in (mail.References ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            message.References.Add(reference);
        }

        if (mail.AutoReply)
        {
            message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        }

        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}
