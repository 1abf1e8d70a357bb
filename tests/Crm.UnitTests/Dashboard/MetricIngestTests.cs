using Crm.AppHost.Dashboard.Otlp;
using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;
using static Crm.UnitTests.Dashboard.Otlp;

namespace Crm.UnitTests.Dashboard;

public sealed class MetricIngestTests
{
    private static ExportMetricsServiceRequest Counter(string service, long total, DateTimeOffset start, DateTimeOffset at) => new()
    {
        ResourceMetrics =
        {
            new ResourceMetrics
            {
                Resource = Service(service),
                ScopeMetrics =
                {
                    new ScopeMetrics
                    {
                        Metrics =
                        {
                            new Metric
                            {
                                Name = "crm.outbox.published", Unit = "{message}",
                                Sum = new Sum
                                {
                                    IsMonotonic = true, AggregationTemporality = AggregationTemporality.Cumulative,
                                    DataPoints = { new NumberDataPoint { StartTimeUnixNano = Nanos(start), TimeUnixNano = Nanos(at), AsInt = total, Attributes = { Attr("message.type", "CustomerRegistered") } } },
                                },
                            },
                        },
                    },
                },
            },
        },
    };

    private static ExportMetricsServiceRequest Histogram(ulong count, double sum, ulong[] buckets, DateTimeOffset at) => new()
    {
        ResourceMetrics =
        {
            new ResourceMetrics
            {
                Resource = Service("customers"),
                ScopeMetrics =
                {
                    new ScopeMetrics
                    {
                        Metrics =
                        {
                            new Metric
                            {
                                Name = MetricCharts.RequestDuration, Unit = "s",
                                Histogram = new Histogram
                                {
                                    AggregationTemporality = AggregationTemporality.Cumulative,
                                    DataPoints = { new HistogramDataPoint { StartTimeUnixNano = Nanos(T0), TimeUnixNano = Nanos(at), Count = count, Sum = sum, BucketCounts = { buckets }, ExplicitBounds = { 0.01, 0.1, 1 } } },
                                },
                            },
                        },
                    },
                },
            },
        },
    };

    [Fact]
    public void Cumulative_counters_are_stored_as_what_happened_since_the_previous_export()
    {
        var store = new TelemetryStore();
        store.AddMetrics(OtlpMetricReader.Read(RoundTrip(Counter("customers", 5, T0, T0.AddSeconds(2)))));
        store.AddMetrics(OtlpMetricReader.Read(RoundTrip(Counter("customers", 8, T0, T0.AddSeconds(4)))));

        var series = Assert.Single(store.Series("crm.outbox.published"));

        Assert.Equal(MetricKind.Counter, series.Kind);
        Assert.Equal("CustomerRegistered", series.Attribute("message.type"));
        Assert.Equal([5d, 3d], store.Points(series).Select(p => p.Value));
    }

    [Fact]
    public void A_new_start_time_is_a_restarted_process_whose_total_counts_in_full()
    {
        var store = new TelemetryStore();
        store.AddMetrics(OtlpMetricReader.Read(Counter("customers", 50, T0, T0.AddSeconds(2))));
        store.AddMetrics(OtlpMetricReader.Read(Counter("customers", 2, T0.AddSeconds(3), T0.AddSeconds(4))));

        Assert.Equal([50d, 2d], store.Points(Assert.Single(store.Series())).Select(p => p.Value));
    }

    [Fact]
    public void Histograms_keep_count_sum_and_bucket_deltas()
    {
        var store = new TelemetryStore();
        store.AddMetrics(OtlpMetricReader.Read(RoundTrip(Histogram(4, 0.2, [1, 2, 1, 0], T0.AddSeconds(2)))));
        store.AddMetrics(OtlpMetricReader.Read(RoundTrip(Histogram(10, 2.0, [1, 4, 4, 1], T0.AddSeconds(4)))));

        var series = Assert.Single(store.Series(MetricCharts.RequestDuration));
        var last = store.Points(series)[^1];

        Assert.Equal(6, last.Count);
        Assert.Equal(1.8, last.Sum, 6);
        Assert.Equal([0L, 2, 3, 1], last.Buckets!);
        Assert.Equal([0.01, 0.1, 1], series.Bounds);
    }

    [Fact]
    public void Series_beyond_the_limit_are_dropped_and_reported()
    {
        var store = new TelemetryStore(new TelemetryLimits(Series: 2));
        var dropped = 0;
        foreach (var service in new[] { "a", "b", "c" })
        {
            dropped += store.AddMetrics(OtlpMetricReader.Read(Counter(service, 1, T0, T0.AddSeconds(1))));
        }

        Assert.Equal(1, dropped);
        Assert.Equal(2, store.Series().Count);
    }
}
