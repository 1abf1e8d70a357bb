using System.Threading.Channels;
using Crm.BuildingBlocks.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Inbox;

/// <summary>
/// Group commit for the inbox consumers of one database: deliveries that arrive while a batch holds the write lock
/// wait here and are applied together in the next transaction (see <see cref="InboxBatch"/>), so the transaction,
/// the write gate and the context are paid once per batch instead of once per message. Under light load a batch
/// is the one delivery that arrived; nothing waits for company.
/// </summary>
public sealed class InboxBatcher<TContext>(IServiceScopeFactory scopes, TimeProvider time, ILoggerFactory loggers, SqliteDatabase<TContext>? sqlite = null)
    : IAsyncDisposable, IDisposable where TContext : DbContext
{
    /// <summary>Most deliveries applied in one transaction.</summary>
    public const int MaxBatch = 64;

    private readonly Channel<InboxDelivery<TContext>> _queue = Channel.CreateUnbounded<InboxDelivery<TContext>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger = loggers.CreateLogger(InboxLog.Category);
    private readonly Lock _startLock = new();
    private Task? _loop;

    /// <summary>Queues the delivery; the task completes after the transaction holding its effect commits, or fails with its handler's exception.</summary>
    public Task ApplyAsync(InboxDelivery<TContext> delivery)
    {
        EnsureStarted();
        if (!_queue.Writer.TryWrite(delivery))
        {
            delivery.Fail(new ObjectDisposedException(nameof(InboxBatcher<TContext>), "The inbox is shutting down."));
        }

        return delivery.Outcome;
    }

    private void EnsureStarted()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_startLock)
        {
            _loop ??= Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<InboxDelivery<TContext>>(MaxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            try
            {
                await ApplyNextBatchAsync(reader, batch);
            }
            catch (Exception ex)
            {
                // The batch as a whole failed (its commit, the connection, shutdown): every delivery in it is retried.
                batch.ForEach(d => d.Fail(ex));
            }
        }
    }

    private async Task ApplyNextBatchAsync(ChannelReader<InboxDelivery<TContext>> reader, List<InboxDelivery<TContext>> batch)
    {
        // As the group commit does: when the cores are busy, deliveries already being handed over on the thread pool join this batch.
        await BusyThreadPool.YieldAsync();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Waiting for the write lock is what lets a batch fill: deliveries keep arriving while others write.
        using var turn = sqlite is null ? default : await sqlite.EnterWriteAsync();
        while (batch.Count < MaxBatch && reader.TryRead(out var delivery))
        {
            if (delivery.CancellationToken.IsCancellationRequested)
            {
                delivery.Cancel();
            }
            else
            {
                batch.Add(delivery);
            }
        }

        if (batch.Count > 0)
        {
            await InboxBatch.ApplyAsync(db, batch, time, _logger, _stopping.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }
    }

    /// <summary>Stops taking deliveries and cancels the batch in flight (its deliveries fail and are redelivered).</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _stopping.Cancel();
    }
}
