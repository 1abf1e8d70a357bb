namespace Crm.Identity.Accounts;

/// <summary>
/// The form that sets a new password. Every field may be missing (a hand-made post, an old page): a missing one reads as empty and the page says what
/// to fill in, instead of the post failing to bind.
/// </summary>
public sealed class ResetPasswordForm
{
    public string? UserId { get; init; }
    public string? Token { get; init; }
    public string? Password { get; init; }
}
