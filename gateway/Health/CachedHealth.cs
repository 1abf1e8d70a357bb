using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Gateway.Health;

/// <summary>
/// The gateway's overall health, worked out at most once every few seconds however many callers ask, so the public
/// <c>/health</c> costs a cache read and never fans out to every service per request.
/// </summary>
public sealed class CachedHealth(HealthCheckService checks, TimeProvider time) : IDisposable
{
    /// <summary>How long a healthy answer is served; an unhealthy one only briefly, so readiness is seen soon after it comes.</summary>
    public static readonly TimeSpan HealthyFor = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan UnhealthyFor = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _last;

    public async Task<HealthStatus> StatusAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } meanwhile)
            {
                return meanwhile;
            }

            // Not the caller's token: one caller giving up must not cancel the answer the others wait for.
            var report = await checks.CheckHealthAsync(CancellationToken.None);
            var lasts = report.Status == HealthStatus.Unhealthy ? UnhealthyFor : HealthyFor;
            _last = new Snapshot(report.Status, time.GetUtcNow() + lasts);
            return report.Status;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private HealthStatus? Fresh() => _last is { } last && last.Until > time.GetUtcNow() ? last.Status : null;

    private sealed record Snapshot(HealthStatus Status, DateTimeOffset Until);
}
