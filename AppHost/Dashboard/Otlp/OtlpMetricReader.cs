using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;

namespace Crm.AppHost.Dashboard.Otlp;

public static class OtlpMetricReader
{
    public static IReadOnlyList<MetricSample> Read(ExportMetricsServiceRequest request)
    {
        var samples = new List<MetricSample>();
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var service = OtlpValues.Service(resourceMetrics.Resource);
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(s => s.Metrics))
            {
                switch (metric.DataCase)
                {
                    case Metric.DataOneofCase.Gauge:
                        samples.AddRange(metric.Gauge.DataPoints.Select(p => Number(service, metric, p, MetricKind.Gauge, false)));
                        break;
                    case Metric.DataOneofCase.Sum:
                        var kind = metric.Sum.IsMonotonic ? MetricKind.Counter : MetricKind.Gauge;
                        var cumulative = metric.Sum.AggregationTemporality != AggregationTemporality.Delta;
                        samples.AddRange(metric.Sum.DataPoints.Select(p => Number(service, metric, p, kind, cumulative)));
                        break;
                    case Metric.DataOneofCase.Histogram:
                        var histogramCumulative = metric.Histogram.AggregationTemporality != AggregationTemporality.Delta;
                        samples.AddRange(metric.Histogram.DataPoints.Select(p => Histogram(service, metric, p, histogramCumulative)));
                        break;
                }
            }
        }

        return samples;
    }

    private static MetricSample Number(string service, Metric metric, NumberDataPoint point, MetricKind kind, bool cumulative) =>
        new(service, metric.Name, metric.Unit, metric.Description, kind, cumulative, OtlpValues.Attributes(point.Attributes),
            OtlpValues.Time(point.StartTimeUnixNano), OtlpValues.Time(point.TimeUnixNano),
            point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble);

    private static MetricSample Histogram(string service, Metric metric, HistogramDataPoint point, bool cumulative) =>
        new(service, metric.Name, metric.Unit, metric.Description, MetricKind.Histogram, cumulative, OtlpValues.Attributes(point.Attributes),
            OtlpValues.Time(point.StartTimeUnixNano), OtlpValues.Time(point.TimeUnixNano), 0,
            (long)Math.Min(point.Count, long.MaxValue), point.HasSum ? point.Sum : 0,
            [.. point.BucketCounts.Select(c => (long)Math.Min(c, long.MaxValue))], [.. point.ExplicitBounds]);
}
