using Crm.AppHost.Dashboard.Telemetry;
using static Crm.UnitTests.Dashboard.Otlp;

namespace Crm.UnitTests.Dashboard;

public sealed class TelemetryStoreTests
{
    private static SpanData Span(string trace, string id, string? parent, string service, int startMs, int endMs, bool error = false) =>
        new(trace, id, parent, $"{service} work", TelemetrySpanKind.Internal, service, "", T0.AddMilliseconds(startMs), T0.AddMilliseconds(endMs), error, null, []);

    private static LogEntry Log(string service, LogSeverity severity, string message, string? trace = null) =>
        new(0, T0, service, severity, "Crm", message, [new("CustomerId", "c-1")], trace, null);

    [Fact]
    public void Spans_from_several_services_gather_into_one_trace()
    {
        var store = new TelemetryStore();
        store.AddSpans([Span("t1", "s2", "s1", "customers", 5, 20)], T0);
        store.AddSpans([Span("t1", "s1", null, "gateway", 0, 30), Span("t1", "s3", "s2", "tickets", 25, 40, error: true)], T0);

        var trace = Assert.Single(store.Traces());

        Assert.Equal(3, trace.Spans.Count);
        Assert.Equal(["gateway", "customers", "tickets"], trace.Services);
        Assert.Equal("gateway: gateway work", trace.Name);
        Assert.Equal(TimeSpan.FromMilliseconds(40), trace.Duration);
        Assert.True(trace.HasError);
    }

    [Fact]
    public void The_oldest_trace_goes_when_the_store_is_full_and_a_repeated_span_is_ignored()
    {
        var store = new TelemetryStore(new TelemetryLimits(Traces: 2));
        store.AddSpans([Span("t1", "a", null, "gateway", 0, 1), Span("t2", "b", null, "gateway", 1, 2)], T0);
        var added = store.AddSpans([Span("t3", "c", null, "gateway", 2, 3), Span("t3", "c", null, "gateway", 2, 3)], T0);

        Assert.Equal(1, added);
        Assert.Null(store.Trace("t1"));
        Assert.Equal(["t3", "t2"], store.Traces().Select(t => t.TraceId));
    }

    [Fact]
    public void Logs_filter_by_service_level_text_and_trace_newest_first()
    {
        var store = new TelemetryStore();
        store.AddLogs([Log("customers", LogSeverity.Information, "Customer registered"), Log("tickets", LogSeverity.Warning, "Ticket breached", "t1"),
            Log("tickets", LogSeverity.Debug, "Polling"), Log("tickets", LogSeverity.Error, "Ticket failed")]);

        Assert.Equal(["Ticket failed", "Ticket breached"], store.Logs(new LogQuery("tickets", LogSeverity.Warning)).Select(l => l.Message));
        Assert.Equal(["Customer registered"], store.Logs(new LogQuery(Text: "REGISTERED")).Select(l => l.Message));
        Assert.Equal(4, store.Logs(new LogQuery(Text: "c-1")).Count);
        Assert.Equal(["Ticket breached"], store.Logs(new LogQuery(TraceId: "t1")).Select(l => l.Message));
    }

    [Fact]
    public void Logs_are_bounded_and_every_change_moves_the_version_on()
    {
        var store = new TelemetryStore(new TelemetryLimits(Logs: 3));
        var before = store.Version;
        store.AddLogs(Enumerable.Range(1, 5).Select(i => Log("customers", LogSeverity.Information, $"line {i}")));

        Assert.Equal(["line 5", "line 4", "line 3"], store.Logs(new LogQuery()).Select(l => l.Message));
        Assert.True(store.Version > before);
        Assert.Equal(["customers"], store.Services());
    }

    [Fact]
    public void A_ring_buffer_keeps_the_last_items_oldest_first()
    {
        var ring = new RingBuffer<int>(3);
        foreach (var i in Enumerable.Range(1, 5))
        {
            ring.Add(i);
        }

        Assert.Equal([3, 4, 5], ring.ToArray());
        Assert.Equal(5, ring.Last);
    }
}
