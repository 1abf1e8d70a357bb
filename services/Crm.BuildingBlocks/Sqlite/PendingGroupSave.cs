using System.Diagnostics;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>A save waiting in a <see cref="SqliteGroupCommit"/>, with the trace of the request that made it and the task its caller awaits.</summary>
internal sealed class PendingGroupSave(ISqliteGroupSave save, CancellationToken ct)
{
    public ISqliteGroupSave Save { get; } = save;
    public CancellationToken CancellationToken { get; } = ct;
    public Activity? Activity { get; } = Activity.Current;
    public TaskCompletionSource<int> Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
