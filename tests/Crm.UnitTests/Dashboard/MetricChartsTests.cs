using Crm.AppHost.Dashboard.Telemetry;
using static Crm.UnitTests.Dashboard.Otlp;

namespace Crm.UnitTests.Dashboard;

public sealed class MetricChartsTests
{
    private static MetricSample Requests(string route, int status, long count, int second, long[]? buckets = null) =>
        new("customers", MetricCharts.RequestDuration, "s", "", MetricKind.Histogram, Cumulative: false,
            [new("http.route", route), new("http.response.status_code", status.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            T0, T0.AddSeconds(second), 0, count, count * 0.05, buckets ?? [0, count, 0, 0], [0.01, 0.1, 1]);

    [Fact]
    public void Request_rate_is_requests_per_second_per_bucket_without_health_probes()
    {
        var store = new TelemetryStore();
        store.AddMetrics([Requests("/api/customers", 201, 20, 3), Requests("/api/customers", 201, 10, 7), Requests("/health", 200, 500, 3)]);

        var chart = new MetricCharts(store).RequestRate(T0.AddSeconds(10), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5));

        var series = Assert.Single(chart.Series);
        Assert.Equal("customers", series.Name);
        Assert.Equal([4d, 2d], series.Points.Select(p => p.Value));
    }

    [Fact]
    public void Errors_count_only_server_failures()
    {
        var store = new TelemetryStore();
        store.AddMetrics([Requests("/api/customers", 500, 5, 3), Requests("/api/customers", 404, 50, 3)]);

        var chart = new MetricCharts(store).Errors(T0.AddSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        Assert.Equal(1d, Assert.Single(Assert.Single(chart.Series).Points).Value);
    }

    [Fact]
    public void The_95th_percentile_interpolates_inside_the_bucket_it_falls_in()
    {
        // 100 requests: 90 under 10 ms, 10 between 100 ms and 1 s. Rank 95 is halfway through the last bucket.
        var point = new MetricPoint(T0, 0, 100, 5, [90, 0, 10, 0]);

        var p95 = MetricCharts.Percentile([(point, [0.01, 0.1, 1])], 0.95);

        Assert.Equal(0.55, p95, 6);
    }

    [Fact]
    public void The_backlog_is_the_last_value_each_outbox_reported_in_the_bucket()
    {
        var store = new TelemetryStore();
        MetricSample Pending(string context, double value, int second) =>
            new("customers", MetricCharts.Backlog, "", "", MetricKind.Gauge, false, [new("context", context)], T0, T0.AddSeconds(second), value);
        store.AddMetrics([Pending("a", 7, 1), Pending("a", 3, 4), Pending("b", 2, 2)]);

        var chart = new MetricCharts(store).OutboxBacklog(T0.AddSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        Assert.Equal(5d, Assert.Single(Assert.Single(chart.Series).Points).Value);
    }
}
