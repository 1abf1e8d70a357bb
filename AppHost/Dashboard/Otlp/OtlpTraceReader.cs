using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;

namespace Crm.AppHost.Dashboard.Otlp;

public static class OtlpTraceReader
{
    /// <summary>The spans of an export request; spans without a valid trace or span id are rejected.</summary>
    public static (IReadOnlyList<SpanData> Spans, int Rejected) Read(ExportTraceServiceRequest request)
    {
        var spans = new List<SpanData>();
        var rejected = 0;
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var service = OtlpValues.Service(resourceSpans.Resource);
            foreach (var scope in resourceSpans.ScopeSpans)
            {
                foreach (var span in scope.Spans)
                {
                    var traceId = OtlpValues.Id(span.TraceId);
                    var spanId = OtlpValues.Id(span.SpanId);
                    if (traceId is null || spanId is null || span.TraceId.Length != 16 || span.SpanId.Length != 8)
                    {
                        rejected++;
                        continue;
                    }

                    var start = OtlpValues.Time(span.StartTimeUnixNano);
                    var end = OtlpValues.Time(span.EndTimeUnixNano);
                    spans.Add(new SpanData(traceId, spanId, OtlpValues.Id(span.ParentSpanId), span.Name, Kind(span.Kind), service,
                        scope.Scope?.Name ?? "", start, end < start ? start : end, span.Status?.Code == StatusCode.Error,
                        span.Status?.Message is { Length: > 0 } message ? message : null, OtlpValues.Attributes(span.Attributes)));
                }
            }
        }

        return (spans, rejected);
    }

    private static TelemetrySpanKind Kind(SpanKind kind) => kind switch
    {
        SpanKind.Internal => TelemetrySpanKind.Internal,
        SpanKind.Server => TelemetrySpanKind.Server,
        SpanKind.Client => TelemetrySpanKind.Client,
        SpanKind.Producer => TelemetrySpanKind.Producer,
        SpanKind.Consumer => TelemetrySpanKind.Consumer,
        _ => TelemetrySpanKind.Unspecified,
    };
}
