using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.ServiceDefaults.Http;

/// <summary>RFC 9457 problem details for every error, each with the trace id that ops can look up.</summary>
public static class ProblemDetailsDefaults
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static TBuilder AddCrmProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            if (ctx.Exception is BadHttpRequestException bad)
            {
                ctx.ProblemDetails.Title = "The request is malformed.";
                ctx.ProblemDetails.Detail = bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
            }
        });
        // Binding failures (malformed JSON, wrong types, unknown enum names) reach the exception handler as 400s with a detail.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

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
