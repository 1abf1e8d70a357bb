using System.Security.Claims;
using Crm.Identity.Keys;
using Crm.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Identity.Development;

/// <summary>
/// <c>POST /dev/token</c> (API.md): only in Development and only when the app host enables it, otherwise the route does
/// not exist. Its tokens are signed with the identity service's own key, so services accept them exactly as real ones.
/// </summary>
public static class DevTokenApi
{
    public static IEndpointRouteBuilder MapDevTokenApi(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<IdentitySettings>>().Value;
        if (app.Environment.IsDevelopment() && settings.DevTokens)
        {
            app.MapPost("/dev/token", Issue).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription()
                .WithName("IssueDevToken").WithSummary("Issue a development token");
        }

        return app;
    }

    private static Results<Ok<DevTokenResponse>, ProblemHttpResult> Issue(DevTokenRequest request, KeyRing keys, IOptions<IdentitySettings> options, TimeProvider time)
    {
        var errors = new Dictionary<string, string[]>();
        var roles = request.Roles ?? [];
        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            errors["subject"] = ["A subject is required."];
        }

        if (roles.Count == 0 || roles.Any(r => !CrmRoles.All.Contains(r)))
        {
            errors["roles"] = [$"One or more of: {string.Join(", ", CrmRoles.All)}."];
        }

        if (roles.Contains(CrmRoles.Customer) && request.CustomerId is null)
        {
            errors["customerId"] = ["A customer token needs the customer's id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status422UnprocessableEntity, Title = "One or more values are invalid." });
        }

        var settings = options.Value;
        var token = Create(keys, settings, time, request.Subject!, roles, request.CustomerId, settings.DevTokenLifetime);
        return TypedResults.Ok(new DevTokenResponse(token, (int)settings.DevTokenLifetime.TotalSeconds));
    }

    public static string Create(KeyRing keys, IdentitySettings settings, TimeProvider time, string subject, IEnumerable<string> roles, Guid? customerId, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(CrmClaims.Subject, subject) };
        claims.AddRange(roles.Select(r => new Claim(CrmClaims.Role, r)));
        if (customerId is { } id)
        {
            claims.Add(new Claim(CrmClaims.CustomerId, id.ToString()));
        }

        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.IssuerUri.AbsoluteUri,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = keys.SigningCredentials,
        });
    }
}
