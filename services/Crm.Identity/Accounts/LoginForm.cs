namespace Crm.Identity.Accounts;

public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);
