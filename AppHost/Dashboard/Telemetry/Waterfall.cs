namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>Orders a trace's spans depth-first under their parents (children by start time) and scales them to the trace's duration.</summary>
public static class Waterfall
{
    public static IReadOnlyList<WaterfallRow> Of(TraceData trace)
    {
        var spans = trace.Spans;
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var children = spans.Where(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId))
            .GroupBy(s => s.ParentSpanId!).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Start).ToList());
        // Roots: spans without a parent, or whose parent has not arrived (yet, or ever).
        var roots = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderBy(s => s.Start);
        var total = Math.Max(trace.Duration.Ticks, 1);
        var rows = new List<WaterfallRow>(spans.Count);
        var placed = new HashSet<string>();

        void Visit(SpanData span, int depth)
        {
            if (!placed.Add(span.SpanId))
            {
                return;
            }

            var offset = 100.0 * (span.Start - trace.Start).Ticks / total;
            var width = Math.Max(100.0 * span.Duration.Ticks / total, 0.2);
            rows.Add(new WaterfallRow(span, depth, offset, Math.Min(width, 100 - offset)));
            foreach (var child in children.GetValueOrDefault(span.SpanId) ?? [])
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in roots)
        {
            Visit(root, 0);
        }

        // A span in a parent cycle (a broken exporter) is reachable from no root: show it rather than lose it.
        foreach (var stray in spans.Where(s => !placed.Contains(s.SpanId)).OrderBy(s => s.Start).ToList())
        {
            Visit(stray, 0);
        }

        return rows;
    }
}
