namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>
/// The ops charts, computed from the stored deltas over a window cut into buckets: request rate, latency (p95),
/// server errors, messages published and consumed, and the outbox backlog, one line per service.
/// </summary>
public sealed class MetricCharts(TelemetryStore store)
{
    public const string RequestDuration = "http.server.request.duration";
    public const string Published = "crm.outbox.published";
    public const string Consumed = "crm.inbox.consumed";
    public const string Backlog = "crm.outbox.pending";

    public IReadOnlyList<ChartData> All(DateTimeOffset now, TimeSpan window, TimeSpan bucket) =>
    [
        RequestRate(now, window, bucket),
        Latency(now, window, bucket),
        Errors(now, window, bucket),
        Rate("Messages published", Published, now, window, bucket),
        Rate("Messages consumed", Consumed, now, window, bucket),
        OutboxBacklog(now, window, bucket),
    ];

    /// <summary>Health probes (the host's and the gateway's) are not traffic: they would drown a quiet suite's real requests.</summary>
    public static bool IsTraffic(MetricSeries series) => series.Attribute("http.route") is not ("/health" or "/alive");

    public ChartData RequestRate(DateTimeOffset now, TimeSpan window, TimeSpan bucket) =>
        Chart("Requests", "req/s", RequestDuration, now, window, bucket, IsTraffic, (points, seconds) => points.Sum(p => p.Point.Count) / seconds);

    public ChartData Errors(DateTimeOffset now, TimeSpan window, TimeSpan bucket) =>
        Chart("Server errors (5xx)", "req/s", RequestDuration, now, window, bucket,
            s => IsTraffic(s) && int.TryParse(s.Attribute("http.response.status_code"), out var status) && status >= 500,
            (points, seconds) => points.Sum(p => p.Point.Count) / seconds);

    /// <summary>95th percentile from the merged histogram buckets, in milliseconds (the instrument records seconds).</summary>
    public ChartData Latency(DateTimeOffset now, TimeSpan window, TimeSpan bucket) =>
        Chart("Latency p95", "ms", RequestDuration, now, window, bucket, IsTraffic, (points, _) => Percentile(points, 0.95) * 1000, skipEmpty: true);

    public ChartData Rate(string title, string metric, DateTimeOffset now, TimeSpan window, TimeSpan bucket) =>
        Chart(title, "msg/s", metric, now, window, bucket, _ => true, (points, seconds) => points.Sum(p => p.Point.Value) / seconds);

    /// <summary>The last reported backlog in each bucket, summed over the service's outboxes.</summary>
    public ChartData OutboxBacklog(DateTimeOffset now, TimeSpan window, TimeSpan bucket) =>
        Chart("Outbox backlog", "events", Backlog, now, window, bucket, _ => true, (points, _) => points.Count == 0 ? 0 : points[^1].Point.Value, skipEmpty: true, lastPerSeries: true);

    private ChartData Chart(string title, string unit, string metric, DateTimeOffset now, TimeSpan window, TimeSpan bucket,
        Func<MetricSeries, bool> include, Func<IReadOnlyList<(MetricPoint Point, double[] Bounds)>, double, double> aggregate,
        bool skipEmpty = false, bool lastPerSeries = false)
    {
        var from = now - window;
        var buckets = (int)Math.Ceiling(window / bucket);
        var series = new List<ChartSeries>();
        foreach (var group in store.Series(metric).Where(include).GroupBy(s => s.Service).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var perBucket = new List<(MetricPoint, double[])>[buckets];
            var lastBySeries = new Dictionary<MetricSeries, MetricPoint>[buckets];
            foreach (var s in group)
            {
                foreach (var point in store.Points(s).Where(p => p.Time > from && p.Time <= now))
                {
                    var index = Math.Min(buckets - 1, (int)((point.Time - from) / bucket));
                    (perBucket[index] ??= []).Add((point, s.Bounds));
                    (lastBySeries[index] ??= [])[s] = point;
                }
            }

            var points = new List<ChartPoint>();
            for (var i = 0; i < buckets; i++)
            {
                var content = lastPerSeries
                    ? lastBySeries[i]?.Values.Select(p => (p, Array.Empty<double>())).ToList()
                    : perBucket[i];
                if (content is null && skipEmpty)
                {
                    continue;
                }

                var value = lastPerSeries && content is not null ? content.Sum(c => c.Item1.Value) : aggregate(content ?? [], bucket.TotalSeconds);
                points.Add(new ChartPoint(from + bucket * (i + 1), value));
            }

            series.Add(new ChartSeries(group.Key, points));
        }

        return new ChartData(title, unit, from, now, series);
    }

    /// <summary>A quantile of merged explicit-bucket histograms, interpolated linearly inside the bucket it falls in.</summary>
    public static double Percentile(IReadOnlyList<(MetricPoint Point, double[] Bounds)> points, double quantile)
    {
        var withBuckets = points.Where(p => p.Point.Buckets is { Length: > 0 } b && b.Length == p.Bounds.Length + 1).ToList();
        if (withBuckets.Count == 0)
        {
            var count = points.Sum(p => p.Point.Count);
            return count == 0 ? 0 : points.Sum(p => p.Point.Sum) / count;
        }

        var bounds = withBuckets[0].Bounds;
        var merged = new long[bounds.Length + 1];
        foreach (var (point, _) in withBuckets.Where(p => p.Bounds.SequenceEqual(bounds)))
        {
            for (var i = 0; i < merged.Length; i++)
            {
                merged[i] += point.Buckets![i];
            }
        }

        var total = merged.Sum();
        if (total == 0)
        {
            return 0;
        }

        var rank = quantile * total;
        long seen = 0;
        for (var i = 0; i < merged.Length; i++)
        {
            if (merged[i] > 0 && seen + merged[i] >= rank)
            {
                var lower = i == 0 ? 0 : bounds[i - 1];
                var upper = i < bounds.Length ? bounds[i] : bounds[^1];
                return lower + (upper - lower) * ((rank - seen) / merged[i]);
            }

            seen += merged[i];
        }

        return bounds[^1];
    }
}
