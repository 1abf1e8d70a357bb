namespace Crm.AppHost.Dashboard.Telemetry;

/// <summary>A span placed on the trace's timeline: its depth under its parent and where its bar starts and ends (0–100).</summary>
public sealed record WaterfallRow(SpanData Span, int Depth, double OffsetPercent, double WidthPercent);
