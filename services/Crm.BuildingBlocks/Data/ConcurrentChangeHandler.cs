using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Data;

/// <summary>
/// Two writers changed the same row at once and this one lost (optimistic concurrency): nothing of it was saved, and
/// the caller is told to read the resource again — 412 when it sent If-Match (its version is stale now), else 409.
/// Never a 500.
/// </summary>
public sealed class ConcurrentChangeHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateConcurrencyException)
        {
            return false;
        }

        var status = httpContext.Request.Headers.IfMatch.Count > 0 ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = "The resource was changed by someone else at the same moment.",
                Detail = "Nothing was saved. Read it again and retry.",
            },
        });
    }
}
