namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// For a writer about to take its queue (a group commit, an inbox batch): when work is waiting for a thread, it yields
/// once so that work runs first — requests and deliveries on their way then queue for this write instead of the next.
/// When nothing waits it goes on at once, so a lightly loaded service adds no hop to a write.
/// </summary>
public static class BusyThreadPool
{
    public static ValueTask YieldAsync() =>
        ThreadPool.PendingWorkItemCount > 0 ? YieldOnceAsync() : ValueTask.CompletedTask;

    private static async ValueTask YieldOnceAsync() => await Task.Yield();
}
