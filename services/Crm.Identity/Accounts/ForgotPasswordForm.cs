namespace Crm.Identity.Accounts;

/// <summary>
/// The form that asks for a reset link. Every field may be missing (a hand-made post, an old page): a missing one reads as empty and the page says what
/// to fill in, instead of the post failing to bind.
/// </summary>
public sealed class ForgotPasswordForm
{
    public string? Email { get; init; }
}
