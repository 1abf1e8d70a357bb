using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.BuildingBlocks.Sqlite;

/// <summary>
/// Queues a SaveChanges at its database's <see cref="SqliteWriteGate"/> unless it runs inside an explicit transaction
/// (whose owner took the gate, or took its chances with the busy handler, before beginning it). The services' contexts
/// send most saves to the database's <see cref="SqliteGroupCommit"/> instead, which takes the gate for a whole group.
/// </summary>
public sealed class SqliteWriteGateInterceptor(SqliteWriteGate gate) : SaveChangesInterceptor
{
    /// <summary>The contexts whose save holds the gate; the value is unused.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _holding = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            await gate.EnterAsync(cancellationToken);
            _holding.AddOrUpdate(context, gate);
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A lost optimistic-concurrency check is not reported as a failed save: the gate is given back here.</summary>
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) => result;

    private void Release(DbContext? context)
    {
        if (context is not null && _holding.Remove(context))
        {
            gate.Exit();
        }
    }
}
