using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.BuildingBlocks.Api;

/// <summary>The problem-details answers shared by every service (RFC 9457; the trace id is added by the problem-details service).</summary>
public static class Problems
{
    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "One or more values are invalid.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        });

    public static ProblemHttpResult Validation(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: $"{what} was not found.", statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "The request conflicts with the current state.", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(title: "The resource has changed since it was read.", detail: "Read it again and send its current ETag in If-Match.", statusCode: StatusCodes.Status412PreconditionFailed);

    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(title: "This update must say which version it changes.", detail: "Read the resource and send its ETag in If-Match.", statusCode: StatusCodes.Status428PreconditionRequired);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "The request is malformed.", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
