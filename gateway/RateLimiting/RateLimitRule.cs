namespace Crm.Gateway.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per client per <see cref="Window"/> (fixed windows).</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
