using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.ServiceDefaults.Http;

/// <summary>RFC 9457 problem details for every error, each with the trace id that ops can look up.</summary>
public static class ProblemDetailsDefaults
{
    public static TBuilder AddCrmProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
        });
        return builder;
    }

    /// <summary>Exception handler and status-code pages, so that nothing leaves as an empty or HTML error.</summary>
    public static WebApplication UseCrmProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ClientErrorClassifier.StatusCodeFor });
        app.UseStatusCodePages();
        return app;
    }
}
