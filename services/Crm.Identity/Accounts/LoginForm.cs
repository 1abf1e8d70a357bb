namespace Crm.Identity.Accounts;

/// <summary>
/// The sign-in form. Every field may be missing (a hand-made post, an old page): a missing one reads as empty and the page says what
/// to fill in, instead of the post failing to bind.
/// </summary>
public sealed class LoginForm
{
    public string? Email { get; init; }
    public string? Password { get; init; }
    public string? ReturnUrl { get; init; }
}
