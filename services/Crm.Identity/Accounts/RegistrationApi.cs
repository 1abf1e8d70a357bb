using Crm.Identity.Customers;
using Crm.Identity.Mail;
using Crm.Identity.Users;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Crm.Identity.Accounts;

/// <summary>
/// A customer creates their own login (<c>/account/register</c>) and confirms the address by the mailed link; the
/// confirmed login is linked to the customer record with that email (a new lead when there is none).
/// </summary>
public static class RegistrationApi
{
    public const string CheckMail = "Thank you. If the address can be used, a message with a confirmation link is on its way to it.";

    public static IEndpointRouteBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Sign-in").ExcludeFromDescription().AllowAnonymous();
        account.MapGet("/register", RegisterPage).WithName("RegisterPage").WithSummary("The customer registration form");
        account.MapPost("/register", Register).WithName("Register").WithSummary("Create a customer login and mail its confirmation link");
        account.MapGet("/confirm-email", ConfirmEmail).WithName("ConfirmEmail").WithSummary("Confirm an address by its mailed link");
        return app;
    }

    private static ContentHttpResult RegisterPage(HttpContext http, IAntiforgery antiforgery) => Page(http, antiforgery, null, null, null);

    private static async Task<ContentHttpResult> Register(HttpContext http, IAntiforgery antiforgery, UserManager<CrmUser> users, AccountMail mail,
        TimeProvider time, ILogger<RegisterForm> logger, [FromForm] RegisterForm form, CancellationToken ct)
    {
        var name = form.Name?.Trim() ?? "";
        var email = form.Email?.Trim() ?? "";
        if (name.Length is 0 or > 200 || email.Length is 0 or > 254 || !email.Contains('@', StringComparison.Ordinal) || string.IsNullOrEmpty(form.Password))
        {
            return Page(http, antiforgery, name, email, "Enter your name (up to 200 characters), a valid email address and a password.", StatusCodes.Status400BadRequest);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            // Whether an address has an account is nobody's business: the answer reads as for a new one.
            logger.LogInformation("Registration for an address that already has an account");
            return HtmlPage.Render("Check your mail", HtmlPage.Message(CheckMail));
        }

        var user = new CrmUser { Id = Guid.CreateVersion7().ToString(), UserName = email, Email = email, Name = name, CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return Page(http, antiforgery, name, email, string.Join(" ", created.Errors.Select(e => e.Description)), StatusCodes.Status400BadRequest);
        }

        await users.AddToRoleAsync(user, CrmRoles.Customer);
        await mail.SendConfirmationAsync(user, ct);
        logger.LogInformation("Customer login {UserId} registered, confirmation mailed", user.Id);
        return HtmlPage.Render("Check your mail", HtmlPage.Message(CheckMail));
    }

    private static async Task<ContentHttpResult> ConfirmEmail(string? userId, string? token, UserManager<CrmUser> users, CustomerRecords customers,
        ILogger<RegisterForm> logger, CancellationToken ct)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return HtmlPage.Render("Link not valid", HtmlPage.Message("This confirmation link is not valid or has expired.") + HtmlPage.Link("/account/register", "Register again"), StatusCodes.Status400BadRequest);
        }

        try
        {
            user.CustomerId ??= await customers.FindOrCreateAsync(user.Email!, user.Name, "lead", ct);
            await users.UpdateAsync(user);
        }
        catch (HttpRequestException e)
        {
            // The address is confirmed all the same; the pending link is made in the background (CustomerLinks).
            logger.LogWarning("Customer record for login {UserId} not linked yet: {Reason}", user.Id, e.Message);
        }

        return HtmlPage.Render("Address confirmed", "<p>Your address is confirmed.</p>" + HtmlPage.Link("/account/login", "Sign in"));
    }

    private static ContentHttpResult Page(HttpContext http, IAntiforgery antiforgery, string? name, string? email, string? message, int status = StatusCodes.Status200OK) =>
        HtmlPage.Render("Create your login", HtmlPage.Message(message)
            + HtmlPage.Form(http, antiforgery, "/account/register", "Create login",
                new FormField("name", "Your name", Value: name, Autocomplete: "name"), FormField.Email(email),
                FormField.Password(autocomplete: "new-password"))
            + "<p>At least 10 characters, with an upper-case letter, a lower-case letter and a digit.</p>"
            + HtmlPage.Link("/account/login", "Already have a login? Sign in"), status);
}
