using System.IO.Compression;
using Crm.AppHost.Dashboard.Access;
using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.AppHost.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with protobuf bodies (<c>POST /v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>), the protocol the services'
/// exporters speak. Each export must carry the run's API key; a malformed body gets a problem, never a 500.
/// </summary>
public static class OtlpEndpoints
{
    private const string Protobuf = "application/x-protobuf";
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapOtlp(this IEndpointRouteBuilder app)
    {
        var otlp = app.MapGroup("/v1").DisableAntiforgery();
        otlp.MapPost("/traces", (HttpContext http, DashboardOptions options, TelemetryStore store, TimeProvider time) =>
            Ingest(http, options, ExportTraceServiceRequest.Parser, request =>
            {
                var (spans, rejected) = OtlpTraceReader.Read(request);
                store.AddSpans(spans, time.GetUtcNow());
                return new ExportTraceServiceResponse { PartialSuccess = rejected == 0 ? null : new ExportTracePartialSuccess { RejectedSpans = rejected, ErrorMessage = "spans without valid ids" } };
            })).WithName("OtlpTraces").WithSummary("Receives spans over OTLP/HTTP");
        otlp.MapPost("/logs", (HttpContext http, DashboardOptions options, TelemetryStore store, TimeProvider time) =>
            Ingest(http, options, ExportLogsServiceRequest.Parser, request =>
            {
                store.AddLogs(OtlpLogReader.Read(request, time.GetUtcNow()));
                return new ExportLogsServiceResponse();
            })).WithName("OtlpLogs").WithSummary("Receives log records over OTLP/HTTP");
        otlp.MapPost("/metrics", (HttpContext http, DashboardOptions options, TelemetryStore store) =>
            Ingest(http, options, ExportMetricsServiceRequest.Parser, request =>
            {
                var dropped = store.AddMetrics(OtlpMetricReader.Read(request));
                return new ExportMetricsServiceResponse { PartialSuccess = dropped == 0 ? null : new ExportMetricsPartialSuccess { RejectedDataPoints = dropped, ErrorMessage = "too many series" } };
            })).WithName("OtlpMetrics").WithSummary("Receives metrics over OTLP/HTTP");
        return app;
    }

    private static async Task<IResult> Ingest<TRequest>(HttpContext http, DashboardOptions options, MessageParser<TRequest> parser, Func<TRequest, IMessage> store)
        where TRequest : IMessage<TRequest>
    {
        if (!AccessTokens.Matches(http.Request.Headers[DashboardOptions.OtlpApiKeyHeader].ToString(), options.OtlpApiKey))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong OTLP API key",
                detail: $"Send the {DashboardOptions.OtlpApiKeyHeader} header the app host gives its services.");
        }

        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: $"The dashboard accepts OTLP/HTTP with {Protobuf} bodies.");
        }

        TRequest request;
        try
        {
            request = parser.ParseFrom(await ReadBodyAsync(http.Request));
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidDataException or IOException)
        {
            return Results.Problem(statusCode: e is OtlpPayloadTooLargeException ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                title: "Malformed OTLP export", detail: e.Message);
        }

        return Results.Bytes(store(request).ToByteArray(), Protobuf);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        var source = request.Headers.ContentEncoding.ToString() switch
        {
            "" or "identity" => request.Body,
            "gzip" => new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true),
            var other => throw new InvalidDataException($"Content-Encoding {other} is not supported (send identity or gzip)."),
        };
        await using var _ = source == request.Body ? null : source;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new OtlpPayloadTooLargeException(MaxBodyBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
