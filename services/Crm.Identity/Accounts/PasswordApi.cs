using Crm.Identity.Mail;
using Crm.Identity.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Identity.Accounts;

/// <summary>Forgotten passwords (a mailed, single-use reset link) and the set-password link new staff accounts get.</summary>
public static class PasswordApi
{
    public const string LinkSent = "If an account has this address, a message with a link to choose a new password is on its way to it.";

    public static IEndpointRouteBuilder MapPasswordApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Sign-in").ExcludeFromDescription().AllowAnonymous();
        account.MapGet("/forgot-password", ForgotPage).WithName("ForgotPasswordPage").WithSummary("Ask for a password reset link");
        account.MapPost("/forgot-password", Forgot).WithName("ForgotPassword").WithSummary("Mail a password reset link");
        account.MapGet("/reset-password", ResetPage).WithName("ResetPasswordPage").WithSummary("Choose a new password");
        account.MapPost("/reset-password", Reset).WithName("ResetPassword").WithSummary("Set the new password");
        return app;
    }

    private static ContentHttpResult ForgotPage(HttpContext http, IAntiforgery antiforgery) =>
        HtmlPage.Render("Forgot your password", HtmlPage.Form(http, antiforgery, "/account/forgot-password", "Send link", FormField.Email()));

    private static async Task<ContentHttpResult> Forgot(UserManager<CrmUser> users, AccountMail mail, [FromForm] ForgotPasswordForm form, CancellationToken ct)
    {
        if (form.Email?.Trim() is { Length: > 0 } email && await users.FindByEmailAsync(email) is { Disabled: false, EmailConfirmed: true } user)
        {
            await mail.SendPasswordResetAsync(user, ct);
        }

        return HtmlPage.Render("Check your mail", HtmlPage.Message(LinkSent));
    }

    private static ContentHttpResult ResetPage(HttpContext http, IAntiforgery antiforgery, string? userId, string? token) =>
        Page(http, antiforgery, userId, token, null);

    private static async Task<ContentHttpResult> Reset(HttpContext http, IAntiforgery antiforgery, UserManager<CrmUser> users, [FromForm] ResetPasswordForm form)
    {
        var user = form.UserId is null ? null : await users.FindByIdAsync(form.UserId);
        if (user is null || string.IsNullOrEmpty(form.Token) || string.IsNullOrEmpty(form.Password))
        {
            return Page(http, antiforgery, form.UserId, form.Token, "This link is not valid or has expired: ask for a new one.", StatusCodes.Status400BadRequest);
        }

        var result = await users.ResetPasswordAsync(user, form.Token, form.Password);
        if (!result.Succeeded)
        {
            var invalidToken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            return Page(http, antiforgery, form.UserId, form.Token, invalidToken
                ? "This link is not valid or has expired: ask for a new one."
                : string.Join(" ", result.Errors.Select(e => e.Description)), StatusCodes.Status400BadRequest);
        }

        await users.ResetAccessFailedCountAsync(user);
        return HtmlPage.Render("Password set", "<p>Your new password is set.</p>" + HtmlPage.Link("/account/login", "Sign in"));
    }

    private static ContentHttpResult Page(HttpContext http, IAntiforgery antiforgery, string? userId, string? token, string? message, int status = StatusCodes.Status200OK) =>
        HtmlPage.Render("Choose a new password", HtmlPage.Message(message)
            + HtmlPage.Form(http, antiforgery, "/account/reset-password", "Set password",
                FormField.Password(autocomplete: "new-password"), FormField.Hidden("userId", userId), FormField.Hidden("token", token))
            + "<p>At least 10 characters, with an upper-case letter, a lower-case letter and a digit.</p>", status);
}
