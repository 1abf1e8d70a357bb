using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.UnitTests.BuildingBlocks.Inbox;

/// <summary>
/// Group commit of the inbox on a real SQLite file: deliveries queued while the write lock is held are applied in one
/// transaction, and a poisoned one fails alone.
/// </summary>
public sealed class InboxGroupCommitTests : IAsyncLifetime
{
    private const string Consumer = "TallyConsumer";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"inbox-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddDbContext<TallyDb>(o => o.UseSqlite($"Data Source={_file};Pooling=False"))
            .AddSingleton(new SqliteDatabase<TallyDb>($"Data Source={_file};Pooling=False"))
            .AddSingleton<InboxBatcher<TallyDb>>()
            .BuildServiceProvider(true);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TallyDb>().Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task A_poisoned_delivery_in_a_batch_fails_alone_and_the_others_are_applied_exactly_once()
    {
        var healthy = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToList();
        var poison = Guid.CreateVersion7();
        var outcomes = await InOneBatchAsync(
            [.. healthy.Take(3).Select(id => Count(id, "shared")), Poisoned(poison), .. healthy.Skip(3).Select(id => Count(id, "shared"))]);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => outcomes[3]);
        Assert.Equal("poison", failure.Message);
        await Task.WhenAll(outcomes.Where((_, i) => i != 3));
        Assert.Equal(6, await TallyAsync("shared"));
        Assert.Equal(0, await TallyAsync("poison"));
        Assert.Equal(healthy.Order(), await InboxAsync());
    }

    [Fact]
    public async Task A_redelivery_is_absorbed_whether_it_was_applied_before_or_earlier_in_the_same_batch()
    {
        var earlier = Guid.CreateVersion7();
        await _services.GetRequiredService<InboxBatcher<TallyDb>>().ApplyAsync(Count(earlier, "k"));
        var twice = Guid.CreateVersion7();

        var outcomes = await InOneBatchAsync([Count(earlier, "k"), Count(twice, "k"), Count(twice, "k")]);

        await Task.WhenAll(outcomes);
        Assert.Equal(2, await TallyAsync("k"));
        Assert.Equal(new[] { earlier, twice }.Order(), await InboxAsync());
    }

    [Fact]
    public async Task A_delivery_whose_handler_writes_nothing_is_recorded_and_its_redelivery_absorbed()
    {
        var ignored = Guid.CreateVersion7();
        var counted = Guid.CreateVersion7();

        await Task.WhenAll(await InOneBatchAsync([Nothing(ignored), Count(counted, "n"), Nothing(ignored)]));
        await _services.GetRequiredService<InboxBatcher<TallyDb>>().ApplyAsync(Nothing(ignored));

        Assert.Equal(1, await TallyAsync("n"));
        Assert.Equal(new[] { ignored, counted }.Order(), await InboxAsync());
    }

    /// <summary>Holds the database's write lock while queueing, so the batcher finds all of them waiting at once.</summary>
    private async Task<List<Task>> InOneBatchAsync(IEnumerable<InboxDelivery<TallyDb>> deliveries)
    {
        var batcher = _services.GetRequiredService<InboxBatcher<TallyDb>>();
        var gate = _services.GetRequiredService<SqliteDatabase<TallyDb>>().WriteGate;
        await gate.EnterAsync(CancellationToken.None);
        try
        {
            return [.. deliveries.Select(batcher.ApplyAsync)];
        }
        finally
        {
            gate.Exit();
        }
    }

    private static InboxDelivery<TallyDb> Count(Guid messageId, string key) => new(messageId, Consumer, "Counted", async (db, ct) =>
    {
        var tally = await db.Tallies.FindAsync([key], ct);
        if (tally is null)
        {
            db.Tallies.Add(new Tally { Key = key, Count = 1 });
        }
        else
        {
            tally.Count++;
        }
    }, CancellationToken.None);

    /// <summary>A handler that decides there is nothing to change (an event about someone the service does not know).</summary>
    private static InboxDelivery<TallyDb> Nothing(Guid messageId) => new(messageId, Consumer, "Ignored", (_, _) => Task.CompletedTask, CancellationToken.None);

    /// <summary>Writes (flushed, so only a rollback undoes it: the whole first attempt's, then its own savepoint's), then fails.</summary>
    private static InboxDelivery<TallyDb> Poisoned(Guid messageId) => new(messageId, Consumer, "Poisoned", async (db, ct) =>
    {
        db.Tallies.Add(new Tally { Key = "poison", Count = 1 });
        await db.SaveChangesAsync(ct);
        throw new InvalidOperationException("poison");
    }, CancellationToken.None);

    private async Task<int> TallyAsync(string key)
    {
        await using var scope = _services.CreateAsyncScope();
        var tally = await scope.ServiceProvider.GetRequiredService<TallyDb>().Tallies.FindAsync(key);
        return tally?.Count ?? 0;
    }

    private async Task<IEnumerable<Guid>> InboxAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<TallyDb>().Inbox.Select(m => m.MessageId).ToListAsync();
        return ids.Order();
    }
}
