using Crm.Gateway.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Crm.UnitTests.Gateway;

public sealed class CachedHealthTests
{
    [Fact]
    public async Task Many_callers_within_a_few_seconds_cost_one_round_of_checks()
    {
        var time = new FakeTimeProvider();
        var checks = new CountingChecks(HealthStatus.Healthy);
        using var health = new CachedHealth(checks, time);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => health.StatusAsync(CancellationToken.None)));
        time.Advance(CachedHealth.HealthyFor - TimeSpan.FromMilliseconds(1));
        await health.StatusAsync(CancellationToken.None);
        Assert.Equal(1, checks.Rounds);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await health.StatusAsync(CancellationToken.None);
        Assert.Equal(2, checks.Rounds);
    }

    [Fact]
    public async Task An_unhealthy_answer_is_kept_only_briefly_so_recovery_shows_soon()
    {
        var time = new FakeTimeProvider();
        var checks = new CountingChecks(HealthStatus.Unhealthy);
        using var health = new CachedHealth(checks, time);

        Assert.Equal(HealthStatus.Unhealthy, await health.StatusAsync(CancellationToken.None));
        checks.Status = HealthStatus.Healthy;
        time.Advance(CachedHealth.UnhealthyFor);

        Assert.Equal(HealthStatus.Healthy, await health.StatusAsync(CancellationToken.None));
    }

    private sealed class CountingChecks(HealthStatus status) : HealthCheckService
    {
        public int Rounds { get; private set; }
        public HealthStatus Status { get; set; } = status;

        public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
        {
            Rounds++;
            var entry = new HealthReportEntry(Status, null, TimeSpan.Zero, null, null);
            return Task.FromResult(new HealthReport(new Dictionary<string, HealthReportEntry> { ["self"] = entry }, TimeSpan.Zero));
        }
    }
}
