using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Crm.Tickets.Channels.Mail;

/// <summary>
/// Takes one message from the listener: parses it (MimeKit), refuses it whole with a 552 when an attachment is over 10 MB
/// (the sender's server bounces it with that text), else hands it to <see cref="MailIntake"/> and answers 250 only once
/// its effect is saved, so a failure answers 451 and the sender's server tries again later.
/// </summary>
public sealed class SupportMessageStore(IServiceScopeFactory scopes, ILogger<SupportMessageStore> logger) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        InboundMessage mail;
        try
        {
            using var stream = new MemoryStream(buffer.ToArray(), writable: false);
            mail = InboundMessageReader.Read(await MimeMessage.LoadAsync(stream, cancellationToken));
        }
        catch (FormatException e)
        {
            logger.LogWarning(e, "An inbound message could not be parsed");
            return new SmtpResponse(SmtpReplyCode.SyntaxError, "5.6.0 The message could not be read as MIME");
        }

        if (InboundMessageReader.Oversized(mail) is { } big)
        {
            return new SmtpResponse(SmtpReplyCode.SizeLimitExceeded,
                $"5.3.4 Attachment \"{big.FileName}\" is larger than 10 MB; send it as a link instead");
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MailIntake>().ReceiveAsync(mail, cancellationToken);
            return SmtpResponse.Ok;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "An inbound message from {Sender} could not be saved", mail.FromAddress);
            return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "4.3.0 Temporary failure, please try again later");
        }
    }
}
