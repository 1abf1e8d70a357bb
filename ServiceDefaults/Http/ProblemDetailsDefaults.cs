using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.ServiceDefaults.Http;

/// <summary>
/// RFC 9457 problem details for every error, each with the trace id that ops can look up; a request that could not be
/// read says which field was wrong in the API's words (<see cref="BindingProblem"/>), never in .NET's.
/// </summary>
public static class ProblemDetailsDefaults
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static TBuilder AddCrmProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            var problem = ctx.Exception switch
            {
                BadHttpRequestException or JsonException => BindingProblem.From(ctx.Exception, RequestTypeOf(ctx.HttpContext)),
                // Minimal APIs answer a non-JSON content type with a bare 415, without an exception.
                null when ctx.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType => BindingProblem.NotJson,
                _ => null,
            };
            if (problem is not null)
            {
                ctx.ProblemDetails.Title = problem.Title;
                ctx.ProblemDetails.Detail = problem.Detail;
                if (problem.Errors is { } errors)
                {
                    ctx.ProblemDetails.Extensions["errors"] = errors;
                }
            }
        });
        // Binding failures (malformed JSON, wrong types, unknown enum names) reach the exception handler as 400s with a detail.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

    private static Type? RequestTypeOf(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <summary>Exception handler and status-code pages, so that nothing leaves as an empty or HTML error.</summary>
    public static WebApplication UseCrmProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ClientErrorClassifier.StatusCodeFor,
            SuppressDiagnosticsCallback = ctx => ClientErrorClassifier.StatusCodeFor(ctx.Exception) < 500,
        });
        app.UseStatusCodePages();
        return app;
    }
}
