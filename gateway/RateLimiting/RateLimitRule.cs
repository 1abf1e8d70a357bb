namespace Crm.Gateway.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per client per <see cref="Window"/> (fixed windows).</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Count every hit in Redis before answering: exact across gateway instances, at the price of one Redis round trip
    /// per request. Otherwise each gateway decides from its own counts and reconciles with Redis in the background.
    /// </summary>
    public bool ExactAcrossInstances { get; set; }
}
