using Crm.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Relay;

/// <summary>Deletes sent outbox rows older than the retention period, at most once an hour; the relay runs it when idle.</summary>
public sealed class OutboxRetention<TContext>(IServiceScopeFactory scopes, IOptions<OutboxRelayOptions> options, TimeProvider time)
    where TContext : ServiceDbContext
{
    private DateTimeOffset _nextCleanup;

    public async Task CleanupAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var sentBefore = now - options.Value.Retention;
        await db.Outbox.Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(ct);
    }
}
