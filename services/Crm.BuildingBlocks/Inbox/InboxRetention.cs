using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>Deletes inbox records older than the retention period: at start, then once per cleanup interval.</summary>
public sealed partial class InboxRetention<TContext>(
    IServiceScopeFactory scopes,
    IOptions<InboxRetentionOptions> options,
    TimeProvider time,
    ILogger<InboxRetention<TContext>> logger) : BackgroundService where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        do
        {
            try
            {
                await CleanupAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogCleanupFailed(ex);
            }
        }
        while (await WaitForNextAsync(timer, stoppingToken));
    }

    private async Task CleanupAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var processedBefore = time.GetUtcNow() - options.Value.Retention;
        await db.Set<InboxMessage>().Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(ct);
    }

    private static async Task<bool> WaitForNextAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox retention failed; retrying at the next interval")]
    private partial void LogCleanupFailed(Exception exception);
}
