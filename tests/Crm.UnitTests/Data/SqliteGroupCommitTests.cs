using Crm.BuildingBlocks.Outbox;
using Crm.BuildingBlocks.Sqlite;
using Crm.Contracts.Customers;
using Crm.UnitTests.BuildingBlocks.Inbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.UnitTests.Data;

/// <summary>
/// Saves of separate contexts that queue for a SQLite file's write gate are written in one transaction: each keeps
/// its own outcome, a failed one costs the others nothing, and every context works as before afterwards.
/// </summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"group-{Guid.NewGuid():N}.db");
    private readonly List<TallyDb> _contexts = [];
    private readonly TransactionsSeen _transactions = new();
    private readonly OutboxSignal _relay = new();
    private readonly SqliteDatabase<TallyDb> _database;

    public SqliteGroupCommitTests() => _database = new SqliteDatabase<TallyDb>(ConnectionString);

    private string ConnectionString => $"Data Source={_file}";

    public async Task InitializeAsync()
    {
        await using var setup = Context();
        await setup.Database.EnsureCreatedAsync();
        await setup.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        _relay.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Saves_queued_together_commit_together_and_each_returns_its_own_rows()
    {
        var contexts = Enumerable.Range(0, 10).Select(_ => Context()).ToList();
        for (var i = 0; i < contexts.Count; i++)
        {
            contexts[i].Tallies.Add(new Tally { Key = $"k{i}", Count = i });
            if (i % 2 == 0)
            {
                contexts[i].Tallies.Add(new Tally { Key = $"extra{i}", Count = 1 });
            }
        }

        var saves = await WhileGateHeldAsync(() => contexts.Select(c => c.SaveChangesAsync()).ToList());

        Assert.Equal(contexts.Select((_, i) => i % 2 == 0 ? 2 : 1), await Task.WhenAll(saves));
        Assert.Single(_transactions.Distinct());
        Assert.Equal(10, _transactions.Count);
        Assert.All(contexts, c => Assert.All(c.ChangeTracker.Entries(), e => Assert.Equal(EntityState.Unchanged, e.State)));
        Assert.Equal(15, await CountAsync());

        // Each context goes on with its own connection: it reads, changes and saves again.
        var first = contexts[3];
        (await first.Tallies.SingleAsync(t => t.Key == "k3")).Count = 33;
        Assert.Equal(1, await first.SaveChangesAsync());
        await using var check = Context();
        Assert.Equal(33, (await check.Tallies.SingleAsync(t => t.Key == "k3")).Count);
    }

    [Fact]
    public async Task A_save_that_fails_in_a_group_fails_alone_and_keeps_its_changes_for_a_retry()
    {
        await TakeKeyAsync("taken");

        var before = Context();
        var clash = Context();
        var after = Context();
        before.Tallies.Add(new Tally { Key = "before", Count = 1 });
        clash.Tallies.Add(new Tally { Key = "taken", Count = 2 });
        clash.Tallies.Add(new Tally { Key = "alongside", Count = 2 });
        after.Tallies.Add(new Tally { Key = "after", Count = 1 });

        var saves = await WhileGateHeldAsync(() => [before.SaveChangesAsync(), clash.SaveChangesAsync(), after.SaveChangesAsync()]);

        Assert.Equal(1, await saves[0]);
        await Assert.ThrowsAsync<DbUpdateException>(() => saves[1]);
        Assert.Equal(1, await saves[2]);
        Assert.Equal(["after", "before", "taken"], await KeysAsync());
        Assert.Equal(EntityState.Added, clash.Entry(clash.Tallies.Local.Single(t => t.Key == "alongside")).State);

        clash.Entry(clash.Tallies.Local.Single(t => t.Key == "taken")).State = EntityState.Detached;
        Assert.Equal(1, await clash.SaveChangesAsync());
        Assert.Equal(["after", "alongside", "before", "taken"], await KeysAsync());
    }

    [Fact]
    public async Task Events_of_a_group_are_written_as_EF_writes_them_and_wake_the_relay_after_the_commit()
    {
        var onlyEvents = Context();
        var both = Context();
        var at = new DateTimeOffset(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(1));
        onlyEvents.Publish(Updated("Ana"), at);
        onlyEvents.Publish(Updated("Rui"), at.AddSeconds(1));
        both.Tallies.Add(new Tally { Key = "k", Count = 1 });
        both.Publish(Updated("Eva"), at.AddSeconds(2));

        var saves = await WhileGateHeldAsync(() => [onlyEvents.SaveChangesAsync(), both.SaveChangesAsync()]);

        Assert.Equal(new[] { 2, 2 }, await Task.WhenAll(saves));
        Assert.True(await _relay.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        await using var check = Context();
        var rows = await check.Outbox.OrderBy(m => m.OccurredAt).ToListAsync();
        Assert.Equal([at, at.AddSeconds(1), at.AddSeconds(2)], rows.Select(m => m.OccurredAt));
        Assert.All(rows, m => Assert.Null(m.SentAt));
        Assert.Equal(["Ana", "Rui", "Eva"], rows.Select(m => System.Text.Json.JsonSerializer.Deserialize<CustomerUpdated>(m.Body, MessageTypes.Json)!.LastName));
        Assert.Equal(rows.Select(m => m.Id), await check.Outbox.Where(m => m.SentAt == null && m.OccurredAt >= at).OrderBy(m => m.OccurredAt).Select(m => m.Id).ToListAsync());
        Assert.Empty(onlyEvents.ChangeTracker.Entries());

        // Saved once: a second save of the same contexts writes nothing more.
        Assert.Equal(0, await onlyEvents.SaveChangesAsync());
        Assert.Equal(3, await check.Outbox.CountAsync());
    }

    [Fact]
    public async Task The_events_of_a_save_that_fails_in_a_group_are_not_written_until_its_retry()
    {
        await TakeKeyAsync("taken");

        var fine = Context();
        var clash = Context();
        fine.Publish(Updated("fine"), DateTimeOffset.UtcNow);
        clash.Tallies.Add(new Tally { Key = "taken", Count = 2 });
        clash.Publish(Updated("clash"), DateTimeOffset.UtcNow);

        var saves = await WhileGateHeldAsync(() => [fine.SaveChangesAsync(), clash.SaveChangesAsync()]);

        Assert.Equal(1, await saves[0]);
        await Assert.ThrowsAsync<DbUpdateException>(() => saves[1]);
        Assert.Equal(["fine"], await EventNamesAsync());

        clash.Entry(clash.Tallies.Local.Single()).State = EntityState.Detached;
        Assert.Equal(1, await clash.SaveChangesAsync());
        Assert.Equal(["clash", "fine"], (await EventNamesAsync()).Order());

        // An event dropped with the change tracker before its save is never written.
        var dropped = Context();
        dropped.Publish(Updated("dropped"), DateTimeOffset.UtcNow);
        dropped.ChangeTracker.Clear();
        Assert.Equal(0, await dropped.SaveChangesAsync());
        Assert.Equal(2, (await EventNamesAsync()).Count);
    }

    [Fact]
    public async Task A_save_inside_the_callers_transaction_is_not_grouped_and_commits_with_that_transaction()
    {
        await using var db = Context();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Tallies.Add(new Tally { Key = "rolled back", Count = 1 });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        Assert.Empty(await KeysAsync());
    }

    /// <summary>Holds the database's write gate while the saves queue, so the group commit finds all of them waiting at once;
    /// none may have completed or woken the relay before the gate frees.</summary>
    private async Task<List<Task<int>>> WhileGateHeldAsync(Func<List<Task<int>>> start)
    {
        await _database.WriteGate.EnterAsync(CancellationToken.None);
        List<Task<int>> saves;
        try
        {
            // Each save queues before SaveChangesAsync returns, so all of them wait behind the gate from here on.
            saves = start();
            Assert.All(saves, s => Assert.False(s.IsCompleted));
            // Nothing is committed yet, so the relay has not been woken either.
            Assert.False(await _relay.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        }
        finally
        {
            _database.WriteGate.Exit();
        }

        return saves;
    }

    private TallyDb Context()
    {
        var options = new DbContextOptionsBuilder<TallyDb>().UseSqlite(ConnectionString)
            .AddInterceptors(new SqliteConnectionTuning(), _database.WriteGateInterceptor, _transactions, new OutboxSignalInterceptor(_relay));
        SqliteGroupCommitExtension.AddTo(options, _database.GroupCommit!);
        var db = new TallyDb(options.Options);
        _contexts.Add(db);
        return db;
    }

    /// <summary>The transaction each save ran in, seen from inside it.</summary>
    private sealed class TransactionsSeen : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor, IEnumerable<System.Data.Common.DbTransaction>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<System.Data.Common.DbTransaction> _seen = new();

        public int Count => _seen.Count;

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.Database.CurrentTransaction is { } transaction)
            {
                _seen.Enqueue(Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction));
            }

            return ValueTask.FromResult(result);
        }

        public IEnumerator<System.Data.Common.DbTransaction> GetEnumerator() => _seen.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A row already saved: a second insert of its key fails on the primary key.</summary>
    private async Task TakeKeyAsync(string key)
    {
        await using var setup = Context();
        setup.Tallies.Add(new Tally { Key = key, Count = 1 });
        await setup.SaveChangesAsync();
    }

    private static CustomerUpdated Updated(string name) =>
        new(Guid.CreateVersion7(), "Customer", name, $"{name}@example.com", null, null, null, null, "PT", "customer", null, "test", 2, DateTimeOffset.UtcNow);

    private async Task<List<string>> EventNamesAsync()
    {
        await using var db = Context();
        var bodies = await db.Outbox.Select(m => m.Body).ToListAsync();
        return bodies.Select(b => System.Text.Json.JsonSerializer.Deserialize<CustomerUpdated>(b, MessageTypes.Json)!.LastName).ToList();
    }

    private async Task<int> CountAsync()
    {
        await using var db = Context();
        return await db.Tallies.CountAsync();
    }

    private async Task<List<string>> KeysAsync()
    {
        await using var db = Context();
        return await db.Tallies.OrderBy(t => t.Key).Select(t => t.Key).ToListAsync();
    }
}
