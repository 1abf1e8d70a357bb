using MimeKit;

namespace Crm.Identity.Mail;

/// <summary>Without an SMTP server, each message is written as an <c>.eml</c> file into a folder (the run's <c>mail/</c>).</summary>
public sealed class FileDropMailSender(string directory, ILogger<FileDropMailSender> logger) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, ct);
        logger.LogInformation("Mail {Subject} to {Recipient} dropped in {Path}", message.Subject, message.To.ToString(), path);
    }
}
