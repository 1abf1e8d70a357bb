using Crm.BuildingBlocks.Sqlite;
using Crm.Tickets.Data;
using Crm.Tickets.Desk;
using Microsoft.EntityFrameworkCore;

namespace Crm.UnitTests.BuildingBlocks;

/// <summary>The per-database write queue of SQLite writers must be given back whatever way a save ends.</summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"crm-gate-{Guid.NewGuid():N}.db");
    private readonly SqliteWriteGate _gate = new();

    private SqliteTicketsDbContext Context() => new(new DbContextOptionsBuilder<SqliteTicketsDbContext>()
        .UseSqlite($"Data Source={_file}").AddInterceptors(new SqliteWriteGateInterceptor(_gate)).Options);

    public void Dispose()
    {
        _gate.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_save_that_loses_a_concurrency_check_gives_the_gate_back_to_the_next_writer()
    {
        var id = Guid.CreateVersion7();
        await using (var setup = Context())
        {
            await setup.Database.MigrateAsync();
            setup.Tickets.Add(new Ticket { Id = id, Subject = "s", Description = "d", Version = 1 });
            await setup.SaveChangesAsync();
        }

        await using var first = Context();
        await using var second = Context();
        var a = await first.Tickets.SingleAsync(t => t.Id == id);
        var b = await second.Tickets.SingleAsync(t => t.Id == id);
        (a.Subject, a.Version) = ("first", 2);
        (b.Subject, b.Version) = ("second", 2);
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var next = Context();
        (await next.Tickets.SingleAsync(t => t.Id == id)).Subject = "next";
        var save = next.SaveChangesAsync();
        Assert.Same(save, await Task.WhenAny(save, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal(1, await save);
    }
}
