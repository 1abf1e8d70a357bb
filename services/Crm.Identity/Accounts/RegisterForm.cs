namespace Crm.Identity.Accounts;

public sealed record RegisterForm(string? Name, string? Email, string? Password);
