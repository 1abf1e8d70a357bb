using Crm.BuildingBlocks.Sqlite;
using Crm.UnitTests.BuildingBlocks.Inbox;

namespace Crm.UnitTests.Data;

/// <summary>A writer's turn at a SQLite database's write gate: held until disposed, one writer at a time.</summary>
public sealed class SqliteWriteTurnTests : IDisposable
{
    private readonly SqliteDatabase<TallyDb> _database = new($"Data Source={Path.Combine(Path.GetTempPath(), $"turn-{Guid.NewGuid():N}.db")}");

    [Fact]
    public async Task A_second_writer_waits_until_the_first_turn_is_disposed()
    {
        var first = await _database.EnterWriteAsync();
        var second = _database.EnterWriteAsync().AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var turn = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(_database.WriteGate.EnterAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_cancelled_wait_takes_no_turn_and_leaves_the_gate_as_it_was()
    {
        using (await _database.EnterWriteAsync())
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _database.EnterWriteAsync(cancel.Token));
        }

        using var next = await _database.EnterWriteAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_turn_of_a_database_without_a_gate_disposes_to_nothing()
    {
        using var none = default(SqliteWriteTurn);
        Assert.True(_database.WriteGate.EnterAsync(CancellationToken.None).IsCompleted);
        _database.WriteGate.Exit();
    }

    public void Dispose() => _database.Dispose();
}
