using Crm.AppHost.Dashboard.Otlp;
using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;
using static Crm.UnitTests.Dashboard.Otlp;

namespace Crm.UnitTests.Dashboard;

public sealed class OtlpTraceReaderTests
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    private static Span Span(string spanId, string? parent, string name, SpanKind kind, int startMs, int endMs) => new()
    {
        TraceId = Id(TraceId),
        SpanId = Id(spanId),
        ParentSpanId = parent is null ? Google.Protobuf.ByteString.Empty : Id(parent),
        Name = name,
        Kind = kind,
        StartTimeUnixNano = Nanos(T0.AddMilliseconds(startMs)),
        EndTimeUnixNano = Nanos(T0.AddMilliseconds(endMs)),
        Attributes = { Attr("http.route", "/api/customers"), Attr("http.response.status_code", 201) },
    };

    [Fact]
    public void Spans_keep_their_ids_parents_service_kind_times_and_attributes_across_the_wire()
    {
        var request = RoundTrip(new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new ResourceSpans { Resource = Service("gateway"), ScopeSpans = { new ScopeSpans { Scope = new() { Name = "Microsoft.AspNetCore" }, Spans = { Span("b7ad6b7169203331", null, "POST /api/customers", SpanKind.Server, 0, 40) } } } },
                new ResourceSpans { Resource = Service("tickets"), ScopeSpans = { new ScopeSpans { Spans = { Span("00f067aa0ba902b7", "b7ad6b7169203331", "customer-registered process", SpanKind.Consumer, 30, 35) } } } },
            },
        });

        var (spans, rejected) = OtlpTraceReader.Read(request);

        Assert.Equal(0, rejected);
        var root = Assert.Single(spans, s => s.Service == "gateway");
        Assert.Equal(TraceId, root.TraceId);
        Assert.Equal("b7ad6b7169203331", root.SpanId);
        Assert.Null(root.ParentSpanId);
        Assert.Equal(TelemetrySpanKind.Server, root.Kind);
        Assert.Equal("Microsoft.AspNetCore", root.Scope);
        Assert.Equal(T0, root.Start);
        Assert.Equal(TimeSpan.FromMilliseconds(40), root.Duration);
        Assert.Equal("201", root.Attribute("http.response.status_code"));
        var consumer = Assert.Single(spans, s => s.Service == "tickets");
        Assert.Equal("b7ad6b7169203331", consumer.ParentSpanId);
        Assert.Equal(TelemetrySpanKind.Consumer, consumer.Kind);
    }

    [Fact]
    public void An_error_status_marks_the_span_failed_with_its_message()
    {
        var span = Span("b7ad6b7169203331", null, "GET /boom", SpanKind.Server, 0, 1);
        span.Status = new SpanStatus { Code = StatusCode.Error, Message = "database locked" };
        var request = new ExportTraceServiceRequest { ResourceSpans = { new ResourceSpans { Resource = Service("customers"), ScopeSpans = { new ScopeSpans { Spans = { span } } } } } };

        var read = Assert.Single(OtlpTraceReader.Read(RoundTrip(request)).Spans);

        Assert.True(read.IsError);
        Assert.Equal("database locked", read.StatusMessage);
    }

    [Fact]
    public void Spans_without_valid_ids_are_rejected_and_a_missing_service_name_reads_unknown()
    {
        var noTrace = Span("b7ad6b7169203331", null, "x", SpanKind.Internal, 0, 1);
        noTrace.TraceId = Google.Protobuf.ByteString.Empty;
        var shortSpanId = Span("b7ad6b71", null, "y", SpanKind.Internal, 0, 1);
        var good = Span("00f067aa0ba902b7", null, "z", SpanKind.Internal, 0, 1);
        var request = new ExportTraceServiceRequest { ResourceSpans = { new ResourceSpans { ScopeSpans = { new ScopeSpans { Spans = { noTrace, shortSpanId, good } } } } } };

        var (spans, rejected) = OtlpTraceReader.Read(RoundTrip(request));

        Assert.Equal(2, rejected);
        Assert.Equal(OtlpValues.UnknownService, Assert.Single(spans).Service);
    }
}
