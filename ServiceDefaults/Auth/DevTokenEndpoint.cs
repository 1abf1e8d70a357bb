using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.ServiceDefaults.Auth;

public sealed record DevTokenRequest(string? Subject, IReadOnlyList<string>? Roles, Guid? CustomerId);

public sealed record DevTokenResponse(string AccessToken, int ExpiresIn);

/// <summary><c>POST /dev/token</c>: only in Development and only when the app host enables it; otherwise the route does not exist.</summary>
public static class DevTokenEndpoint
{
    public static IEndpointRouteBuilder MapDevTokenEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<AuthSettings>();
        if (!app.Environment.IsDevelopment() || !settings.DevTokens.Enabled)
        {
            return app;
        }

        app.MapPost("/dev/token", Issue).AllowAnonymous().WithName("IssueDevToken").WithSummary("Issue a development token");
        return app;
    }

    private static Results<Ok<DevTokenResponse>, ProblemHttpResult> Issue(DevTokenRequest request, DevTokenIssuer issuer, AuthSettings settings)
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

        var token = issuer.Issue(request.Subject!, roles, request.CustomerId);
        return TypedResults.Ok(new DevTokenResponse(token, (int)settings.DevTokenLifetime.TotalSeconds));
    }
}
