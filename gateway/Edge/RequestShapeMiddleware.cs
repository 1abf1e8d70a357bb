using System.Globalization;

namespace Crm.Gateway.Edge;

/// <summary>
/// Refuses, before anything is proxied, what no service behind the gateway can be asked: a method the API does not use
/// (405 with <c>Allow</c>: CONNECT, TRACE, made-up ones) and a header value with anything but visible ASCII, space and tab
/// (400). Forwarded, either would only fail on the way to the service and come back as a 502.
/// </summary>
public sealed class RequestShapeMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public static readonly IReadOnlyList<string> Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Methods.Contains(context.Request.Method, StringComparer.Ordinal))
        {
            context.Response.Headers.Allow = string.Join(", ", Methods);
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "The method is not allowed.",
                $"This API answers {string.Join(", ", Methods)}.");
            return;
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (values.Any(v => v is not null && !IsVisibleAscii(v)))
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "A request header is not valid.",
                    string.Create(CultureInfo.InvariantCulture, $"The value of the {name} header may hold only visible ASCII characters, spaces and tabs."));
                return;
            }
        }

        await next(context);
    }

    /// <summary>Kestrel reads header bytes as Latin-1 here, so any byte above 0x7E shows up as a character above '~'.</summary>
    public static bool IsVisibleAscii(string value) => value.All(c => c is '\t' or (>= ' ' and <= '~'));

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
