using Crm.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Crm.Identity.Mail;

/// <summary>The links the service mails: confirm an address, reset a password, set a first password. Each is single-use.</summary>
public sealed class AccountMail(IMailSender sender, UserManager<CrmUser> users, IOptions<IdentitySettings> settings)
{
    public async Task SendConfirmationAsync(CrmUser user, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await SendAsync(user, "Confirm your email address", "confirm your email address", Link("account/confirm-email", user, token), ct);
    }

    public async Task SendPasswordResetAsync(CrmUser user, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await SendAsync(user, "Reset your password", "choose a new password", Link("account/reset-password", user, token), ct);
    }

    public async Task SendSetPasswordAsync(CrmUser user, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await SendAsync(user, "Your CRM account", "choose your password and sign in", Link("account/reset-password", user, token), ct);
    }

    private string Link(string path, CrmUser user, string token) =>
        new Uri(settings.Value.IssuerUri, $"{path}?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}").AbsoluteUri;

    private Task SendAsync(CrmUser user, string subject, string purpose, string link, CancellationToken ct)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(MailboxAddress.Parse(settings.Value.MailFrom));
        message.To.Add(new MailboxAddress(user.Name, user.Email ?? throw new InvalidOperationException("The account has no email.")));
        message.Body = new TextPart("plain")
        {
            Text = $"Hello {user.Name},\n\nOpen this link to {purpose}:\n{link}\n\nIf you did not ask for this, ignore this message.\n",
        };
        return sender.SendAsync(message, ct);
    }
}
