using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Crm.ServiceDefaults.Telemetry;

public static class OpenTelemetryExtensions
{
    /// <summary>Activity sources and meters of the suite's own code (outbox relay, inbox, domain metrics).</summary>
    public const string CrmSource = "Crm";

    /// <summary>New traces recorded per second and process at most (<c>Telemetry:MaxTracesPerSecond</c>).</summary>
    public const string MaxTracesPerSecondSetting = "Telemetry:MaxTracesPerSecond";
    public const int DefaultMaxTracesPerSecond = 100;

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", CrmSource))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TracesPerSecondSampler(
                    builder.Configuration.GetValue(MaxTracesPerSecondSetting, DefaultMaxTracesPerSecond), TimeProvider.System)))
                .AddSource(builder.Environment.ApplicationName, "MassTransit", CrmSource)
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsHealthProbe(ctx.Request.Path.Value))
                // The gateway's checks of each service's health are probes too: no trace of their own.
                .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = request => !IsHealthProbe(request.RequestUri?.AbsolutePath)));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsHealthProbe(string? path) =>
        path is not null && (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/alive", StringComparison.Ordinal));
}
