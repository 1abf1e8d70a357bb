namespace Crm.Identity.Accounts;

public sealed record ForgotPasswordForm(string? Email);
