using MimeKit;

namespace Crm.Identity.Mail;

/// <summary>Sends the service's mail: address confirmations, password resets, set-password links.</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
