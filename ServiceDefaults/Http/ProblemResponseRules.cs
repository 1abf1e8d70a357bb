using Microsoft.AspNetCore.Http;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// The problem responses an operation can answer, derived from what the shared pipeline does for every service:
/// authorization (401, 403), a resource in the path (404), input that can be malformed or invalid (400, 422, 413),
/// changes that can meet the current state, a concurrent writer or a running request with the same
/// <c>Idempotency-Key</c> (409), <c>If-Match</c> on a PATCH (412 stale, 428 missing), and the gateway's rate limits (429).
/// </summary>
public static class ProblemResponseRules
{
    public static IReadOnlyList<ProblemResponse> For(OperationFacts operation)
    {
        var takesInput = operation.HasBody || operation.HasQueryParameters || operation.Method == "POST";
        var problems = new List<ProblemResponse>();
        if (takesInput)
        {
            problems.Add(new(StatusCodes.Status400BadRequest, "The request is malformed: unreadable JSON, a value of the wrong type or an unknown name."));
        }

        if (operation.RequiresCaller)
        {
            problems.Add(new(StatusCodes.Status401Unauthorized, "No credentials, or credentials that are invalid or expired."));
            problems.Add(new(StatusCodes.Status403Forbidden, "Valid credentials whose role or scope may not do this."));
        }

        if (operation.HasRouteParameters)
        {
            problems.Add(new(StatusCodes.Status404NotFound, "It does not exist, or the caller may not know that it exists."));
        }

        if (operation.Changes)
        {
            problems.Add(new(StatusCodes.Status409Conflict,
                "It conflicts with the current state, another writer changed it at the same moment, or a request with the same Idempotency-Key is still running."));
        }

        if (operation.Method == "PATCH")
        {
            problems.Add(new(StatusCodes.Status412PreconditionFailed, "If-Match names a version that is no longer current: read it again."));
        }

        if (operation.HasBody)
        {
            problems.Add(new(StatusCodes.Status413PayloadTooLarge, "The body is larger than 1 MiB."));
        }

        if (takesInput)
        {
            problems.Add(new(StatusCodes.Status422UnprocessableEntity, "One or more values are invalid; errors names each field.", NamesFields: true));
        }

        if (operation.Method == "PATCH")
        {
            problems.Add(new(StatusCodes.Status428PreconditionRequired, "If-Match is missing: send the ETag of the version being changed."));
        }

        problems.Add(new(StatusCodes.Status429TooManyRequests, "A rate limit was reached; Retry-After says when to try again."));
        return problems;
    }
}
