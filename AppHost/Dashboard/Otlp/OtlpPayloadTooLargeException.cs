namespace Crm.AppHost.Dashboard.Otlp;

/// <summary>An export larger than the receiver accepts once decompressed (answered 413, not read into memory whole).</summary>
public sealed class OtlpPayloadTooLargeException(int limit) : IOException($"An export may be at most {limit} bytes (decompressed).");
