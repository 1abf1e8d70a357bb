namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>A filter of the structured logs page: one service or all, a minimum severity, words in the message or attributes.</summary>
public sealed record LogQuery(string? Service = null, LogSeverity MinSeverity = LogSeverity.Trace, string? Text = null, string? TraceId = null)
{
    public bool Matches(LogEntry entry) =>
        (string.IsNullOrEmpty(Service) || entry.Service == Service)
        && entry.Severity >= MinSeverity
        && (string.IsNullOrEmpty(TraceId) || entry.TraceId == TraceId)
        && (string.IsNullOrWhiteSpace(Text)
            || entry.Message.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || entry.Category.Contains(Text, StringComparison.OrdinalIgnoreCase)
            || entry.Attributes.Any(a => a.Value.Contains(Text, StringComparison.OrdinalIgnoreCase)));
}
