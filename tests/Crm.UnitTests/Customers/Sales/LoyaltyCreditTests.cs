using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Sqlite;
using Crm.Contracts.Customers;
using Crm.Customers.Data;
using Crm.Customers.Loyalty;
using Crm.Customers.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.UnitTests.Customers.Sales;

/// <summary>
/// Crediting an order on the customers database (a real SQLite file, its migrations) through the inbox: the same
/// message delivered twice, in one batch and later, and the same order as another message, earn its points once.
/// </summary>
public sealed class LoyaltyCreditTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"loyalty-{Guid.NewGuid():N}.db");
    private readonly Guid _customer = Guid.CreateVersion7();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var connection = $"Data Source={_file};Pooling=False";
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddDbContext<CustomersDbContext, SqliteCustomersDbContext>(o => o.UseSqlite(connection))
            .AddSingleton(new SqliteDatabase<CustomersDbContext>(connection))
            .AddSingleton<InboxBatcher<CustomersDbContext>>()
            .BuildServiceProvider(true);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomersDbContext>();
        await db.Database.MigrateAsync();
        var ana = new Customer { Id = _customer, FirstName = "Ana", LastName = "Silva", Email = "", NormalizedEmail = "", LifecycleStage = LifecycleStage.Customer };
        ana.SetNoEmail();
        db.Customers.Add(ana);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task An_order_delivered_twice_in_one_batch_again_later_and_as_another_message_earns_once()
    {
        var order = new OrderPlaced(Guid.CreateVersion7(), _customer, "O-TEST0001", 120.50m, "EUR", 0, 120, null, DateTimeOffset.UtcNow);
        var messageId = Guid.CreateVersion7();

        await Task.WhenAll(await InOneBatchAsync([Credit(messageId, order), Credit(messageId, order)]));
        await _services.GetRequiredService<InboxBatcher<CustomersDbContext>>().ApplyAsync(Credit(messageId, order));
        await _services.GetRequiredService<InboxBatcher<CustomersDbContext>>().ApplyAsync(Credit(Guid.CreateVersion7(), order));
        await Task.WhenAll(await InOneBatchAsync([Credit(Guid.CreateVersion7(), order), Credit(Guid.CreateVersion7(), order)]));

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomersDbContext>();
        var ledger = await db.Set<LoyaltyEntry>().Where(e => e.CustomerId == _customer).ToListAsync();
        var line = Assert.Single(ledger);
        Assert.Equal((120, LoyaltyEntryKind.Earned, order.OrderId.ToString()), (line.Points, line.Kind, line.RefId));
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.MessageType.EndsWith(nameof(LoyaltyChanged))));
        Assert.Equal(1L, (await db.Set<LoyaltyAccount>().SingleAsync(a => a.CustomerId == _customer)).Version);
    }

    [Fact]
    public async Task Two_orders_in_one_batch_both_earn()
    {
        var first = new OrderPlaced(Guid.CreateVersion7(), _customer, "O-TEST0002", 10m, "EUR", 0, 10, null, DateTimeOffset.UtcNow);
        var second = first with { OrderId = Guid.CreateVersion7(), Number = "O-TEST0003", PointsEarned = 5 };

        await Task.WhenAll(await InOneBatchAsync([Credit(Guid.CreateVersion7(), first), Credit(Guid.CreateVersion7(), second)]));

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomersDbContext>();
        var entries = await db.Set<LoyaltyEntry>().Where(e => e.CustomerId == _customer).ToListAsync();
        Assert.Equal(15, LoyaltyRules.Evaluate(entries, DateTimeOffset.UtcNow.AddMinutes(1)).Points);
    }

    private static InboxDelivery<CustomersDbContext> Credit(Guid messageId, OrderPlaced order) =>
        new(messageId, nameof(OrderPlacedLoyaltyConsumer), nameof(OrderPlaced), (db, ct) => LoyaltyCredits.CreditAsync(db, order, ct), CancellationToken.None);

    /// <summary>Holds the database's write lock while queueing, so the batcher finds all of them waiting at once.</summary>
    private async Task<List<Task>> InOneBatchAsync(IEnumerable<InboxDelivery<CustomersDbContext>> deliveries)
    {
        var batcher = _services.GetRequiredService<InboxBatcher<CustomersDbContext>>();
        var gate = _services.GetRequiredService<SqliteDatabase<CustomersDbContext>>().WriteGate;
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
}
