using Crm.BuildingBlocks.Data;

namespace Crm.BuildingBlocks.Relay;

/// <summary>
/// Reports the relay's backlog: every row not yet confirmed, not just the last batch (a full batch may leave thousands
/// behind). Counting reads every unsent row's index entry, so while batches run back to back it is counted at most once
/// a second: the gauge is sampled far less often than that.
/// </summary>
public sealed class OutboxBacklogGauge<TContext>(OutboxReader<TContext> reader) where TContext : ServiceDbContext
{
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(1);
    private static readonly string Context = typeof(TContext).Name;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;

    /// <summary>A batch that was not full held every unsent row, and none failed: nothing is left (rows committed since
    /// wake the relay again).</summary>
    public void NothingLeft()
    {
        OutboxMetrics.SetPending(Context, 0);
        _countedAt = DateTimeOffset.MinValue;
    }

    public async Task RowsLeftAsync(TContext db, DateTimeOffset now)
    {
        if (now - _countedAt >= CountInterval)
        {
            OutboxMetrics.SetPending(Context, await reader.CountUnsentAsync(db));
            _countedAt = now;
        }
    }
}
