using Crm.Identity.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Identity.Accounts;

/// <summary>
/// <c>/account/login</c> and <c>/account/logout</c>. A wrong password, an unknown email, a locked, disabled or unconfirmed
/// account all read the same, so the page tells no one which addresses have an account.
/// </summary>
public static class LoginApi
{
    public const string Failed = "The email or password is not right, or this account cannot sign in now. After 5 failed tries an account is locked for 15 minutes.";

    public static IEndpointRouteBuilder MapLoginApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Sign-in").ExcludeFromDescription().AllowAnonymous();
        account.MapGet("/login", LoginPage).WithName("LoginPage").WithSummary("The sign-in form");
        account.MapPost("/login", Login).WithName("Login").WithSummary("Sign in with email and password");
        account.MapGet("/logout", LogoutPage).WithName("LogoutPage").WithSummary("The sign-out form");
        account.MapPost("/logout", Logout).WithName("Logout").WithSummary("Sign out");
        account.MapGet("/signed-in", SignedIn).WithName("SignedIn").WithSummary("Where a sign-in without a client lands");
        return app;
    }

    private static ContentHttpResult LoginPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        Page(http, antiforgery, returnUrl, null, null);

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> Login(
        HttpContext http, IAntiforgery antiforgery, SignInManager<CrmUser> signIn, TimeProvider time, [FromForm] LoginForm form)
    {
        var email = form.Email?.Trim() ?? "";
        if (email.Length == 0 || string.IsNullOrEmpty(form.Password))
        {
            return Page(http, antiforgery, form.ReturnUrl, email, "Enter your email and your password.", StatusCodes.Status400BadRequest);
        }

        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || user.Disabled)
        {
            return Page(http, antiforgery, form.ReturnUrl, email, Failed, StatusCodes.Status400BadRequest);
        }

        var result = await SignInWindow.PasswordSignInAsync(signIn, user, form.Password, time);
        return result.Succeeded
            ? TypedResults.Redirect(LocalUrl.OrHome(form.ReturnUrl))
            : Page(http, antiforgery, form.ReturnUrl, email, Failed, StatusCodes.Status400BadRequest);
    }

    private static ContentHttpResult LogoutPage(HttpContext http, IAntiforgery antiforgery) =>
        HtmlPage.Render("Sign out", HtmlPage.Form(http, antiforgery, "/account/logout", "Sign out"));

    private static async Task<ContentHttpResult> Logout(SignInManager<CrmUser> signIn)
    {
        await signIn.SignOutAsync();
        return HtmlPage.Render("Signed out", "<p>You are signed out.</p>" + HtmlPage.Link("/account/login", "Sign in again"));
    }

    private static ContentHttpResult SignedIn() =>
        HtmlPage.Render("Signed in", "<p>You are signed in. You can close this page.</p>");

    private static ContentHttpResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? email, string? message, int status = StatusCodes.Status200OK) =>
        HtmlPage.Render("Sign in", HtmlPage.Message(message)
            + HtmlPage.Form(http, antiforgery, "/account/login", "Sign in", FormField.Email(email), FormField.Password(), FormField.Hidden("returnUrl", returnUrl))
            + HtmlPage.Link("/account/register", "New customer? Create a login")
            + HtmlPage.Link("/account/forgot-password", "Forgot your password?"), status);
}
