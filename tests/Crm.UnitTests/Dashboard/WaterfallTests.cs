using Crm.AppHost.Dashboard.Telemetry;
using static Crm.UnitTests.Dashboard.Otlp;

namespace Crm.UnitTests.Dashboard;

public sealed class WaterfallTests
{
    private static SpanData Span(string id, string? parent, int startMs, int endMs) =>
        new("t", id, parent, id, TelemetrySpanKind.Internal, "svc", "", T0.AddMilliseconds(startMs), T0.AddMilliseconds(endMs), false, null, []);

    private static TraceData Trace(params SpanData[] spans)
    {
        var store = new TelemetryStore();
        store.AddSpans(spans, T0);
        return store.Trace("t")!;
    }

    [Fact]
    public void Children_follow_their_parent_by_start_time_and_bars_scale_to_the_trace()
    {
        var rows = Waterfall.Of(Trace(Span("consumer", "publish", 60, 100), Span("root", null, 0, 100), Span("publish", "root", 50, 60), Span("db", "root", 10, 20)));

        Assert.Equal(["root", "db", "publish", "consumer"], rows.Select(r => r.Span.SpanId));
        Assert.Equal([0, 1, 1, 2], rows.Select(r => r.Depth));
        var consumer = rows[^1];
        Assert.Equal(60, consumer.OffsetPercent, 6);
        Assert.Equal(40, consumer.WidthPercent, 6);
    }

    [Fact]
    public void A_span_whose_parent_never_arrived_is_shown_as_a_root_and_a_self_parent_does_not_loop()
    {
        var rows = Waterfall.Of(Trace(Span("orphan", "missing", 0, 10), Span("loop", "loop", 5, 10)));

        Assert.Equal(["orphan", "loop"], rows.Select(r => r.Span.SpanId));
    }
}
