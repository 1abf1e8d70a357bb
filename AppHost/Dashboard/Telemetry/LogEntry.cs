namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>One structured log record: its message, the template's values as attributes, and the trace it belongs to.</summary>
public sealed record LogEntry(
    long Sequence,
    DateTimeOffset Time,
    string Service,
    LogSeverity Severity,
    string Category,
    string Message,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    string? TraceId,
    string? SpanId);
