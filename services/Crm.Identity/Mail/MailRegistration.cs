namespace Crm.Identity.Mail;

public static class MailRegistration
{
    /// <summary>SMTP when <c>ConnectionStrings:smtp</c> is set, else <c>.eml</c> files in <c>Identity:MailDropDirectory</c>.</summary>
    public static IHostApplicationBuilder AddAccountMail(this IHostApplicationBuilder builder, IdentitySettings settings)
    {
        if (builder.Configuration.GetConnectionString("smtp") is { Length: > 0 } smtp)
        {
            builder.Services.AddSingleton<IMailSender>(new SmtpMailSender(new Uri(smtp.Contains("://", StringComparison.Ordinal) ? smtp : "smtp://" + smtp)));
        }
        else
        {
            var folder = settings.MailDropDirectory ?? Path.Combine(Path.GetTempPath(), "crm-identity-mail");
            builder.Services.AddSingleton<IMailSender>(sp => new FileDropMailSender(folder, sp.GetRequiredService<ILogger<FileDropMailSender>>()));
        }

        builder.Services.AddScoped<AccountMail>();
        return builder;
    }
}
