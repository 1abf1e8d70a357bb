using Crm.AppHost.Dashboard.Otlp.Proto;
using Crm.AppHost.Dashboard.Telemetry;

namespace Crm.AppHost.Dashboard.Otlp;

public static class OtlpLogReader
{
    public static IReadOnlyList<LogEntry> Read(ExportLogsServiceRequest request, DateTimeOffset receivedAt)
    {
        var entries = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var service = OtlpValues.Service(resourceLogs.Resource);
            foreach (var scope in resourceLogs.ScopeLogs)
            {
                foreach (var record in scope.LogRecords)
                {
                    var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
                    entries.Add(new LogEntry(0, time == 0 ? receivedAt : OtlpValues.Time(time), service, Severity(record.SeverityNumber, record.SeverityText),
                        scope.Scope?.Name ?? "", OtlpValues.Text(record.Body), OtlpValues.Attributes(record.Attributes),
                        OtlpValues.Id(record.TraceId), OtlpValues.Id(record.SpanId)));
                }
            }
        }

        return entries;
    }

    /// <summary>OTLP severity numbers come in groups of four per level (1–4 trace … 21–24 fatal).</summary>
    public static LogSeverity Severity(int number, string text) => number switch
    {
        >= 21 => LogSeverity.Critical,
        >= 17 => LogSeverity.Error,
        >= 13 => LogSeverity.Warning,
        >= 9 => LogSeverity.Information,
        >= 5 => LogSeverity.Debug,
        >= 1 => LogSeverity.Trace,
        _ => Enum.TryParse<LogSeverity>(text, ignoreCase: true, out var parsed) ? parsed : LogSeverity.Information,
    };
}
