namespace Crm.Identity.Accounts;

/// <summary>
/// The registration form. Every field may be missing (a hand-made post, an old page): a missing one reads as empty and the page says what
/// to fill in, instead of the post failing to bind.
/// </summary>
public sealed class RegisterForm
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Password { get; init; }
}
