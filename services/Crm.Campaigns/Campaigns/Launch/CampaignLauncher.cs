using Crm.Campaigns.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Campaigns.Campaigns.Launch;

/// <summary>
/// Runs launches in the background: starts scheduled campaigns when due, and drives every running campaign batch by
/// batch to completion — including those a crash or restart interrupted, which simply continue from their cursor.
/// </summary>
public sealed partial class CampaignLauncher(
    IServiceScopeFactory scopes, LaunchSignal signal, IOptions<CampaignsOptions> options, TimeProvider time, ILogger<CampaignLauncher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
                failures = 0;
                await signal.WaitAsync(options.Value.LauncherPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                LogLaunchFailed(ex, failures);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(15_000, 250 * Math.Pow(2, Math.Min(failures, 6)))), time, stoppingToken)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Starts due scheduled campaigns, then runs every unfinished launch to its end. Public for the benchmark and tests.</summary>
    public async Task RunDueAsync(CancellationToken ct)
    {
        List<Guid> active;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
            var now = time.GetUtcNow();
            await db.Campaigns.Where(c => c.Status == CampaignStatus.Scheduled && c.ScheduledAt <= now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Status, CampaignStatus.Running)
                    .SetProperty(c => c.LaunchedAt, now)
                    .SetProperty(c => c.Version, c => c.Version + 1), ct);
            active = await db.Campaigns.Where(c => c.Status == CampaignStatus.Running
                    || db.Recipients.Any(r => r.CampaignId == c.Id && r.Outcome == RecipientOutcome.Sent && r.DeliveredAt == null))
                .Select(c => c.Id).ToListAsync(ct);
        }

        foreach (var campaignId in active)
        {
            var more = true;
            while (more && !ct.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                more = await scope.ServiceProvider.GetRequiredService<LaunchBatch>().RunAsync(campaignId, ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Campaign launcher failed ({Failures} in a row); retrying")]
    private partial void LogLaunchFailed(Exception ex, int failures);
}
