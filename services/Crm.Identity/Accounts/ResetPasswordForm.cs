namespace Crm.Identity.Accounts;

public sealed record ResetPasswordForm(string? UserId, string? Token, string? Password);
