using Crm.BuildingBlocks.Inbox;
using Crm.BuildingBlocks.Sqlite;
using Crm.Contracts.Customers;
using Crm.Tickets.Customers;
using Crm.Tickets.Data;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.UnitTests.Tickets;

/// <summary>
/// The service desk's customer directory from customer events that arrive in any order (each type has its own
/// queue), through the real consumers and a real SQLite database; MassTransit's in-memory harness stands in for the
/// broker only (the end-to-end tests use RabbitMQ). The consumers apply through the inbox's group commit, as in the services.
/// </summary>
public sealed class DirectoryEventOrderTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<TicketsDbContext, SqliteTicketsDbContext>(o => o.UseSqlite(_connection))
            .AddLogging()
            .AddSingleton(new SqliteDatabase<TicketsDbContext>(_connection.ConnectionString))
            .AddSingleton<InboxBatcher<TicketsDbContext>>()
            .AddMassTransitTestHarness(x =>
            {
                // The harness gives up after 1.2 s without bus activity by default; a loaded machine needs longer to get going.
                x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(30));
                x.AddConsumer<CustomerRegisteredConsumer>();
                x.AddConsumer<PurchaseRecordedConsumer>();
            })
            .BuildServiceProvider(true);
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TicketsDbContext>().Database.MigrateAsync();
        }

        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public void Dispose()
    {
        _services.Dispose();
        _connection.Dispose();
    }

    [Fact]
    public async Task A_purchase_that_arrives_before_the_registration_still_puts_the_product_on_the_customers_record()
    {
        var customerId = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;

        await _harness.Bus.Publish(new PurchaseRecorded(Guid.CreateVersion7(), customerId, "SKU-9", "Aria X2", "phones", 10m, "EUR", now, null, now));
        Assert.True(await _harness.GetConsumerHarness<PurchaseRecordedConsumer>().Consumed.Any<PurchaseRecorded>());
        Assert.Null(await DeskViewAsync(customerId));

        await _harness.Bus.Publish(new CustomerRegistered(customerId, "Rita", "Lopes", "rita@example.com", null, null, null, null, null, "customer", "olga", null, now));
        Assert.True(await _harness.GetConsumerHarness<CustomerRegisteredConsumer>().Consumed.Any<CustomerRegistered>());

        var known = await DeskViewAsync(customerId);
        Assert.NotNull(known);
        Assert.Equal(("Rita", "Lopes", "olga"), (known.FirstName, known.LastName, known.AccountOwnerId));
        Assert.Equal(["Aria X2"], known.ProductModels);
    }

    /// <summary>What the desk's API answers for the customer: nothing until the profile has arrived.</summary>
    private async Task<DirectoryCustomerResponse?> DeskViewAsync(Guid customerId)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await CustomerDirectoryApi.GetCustomer(customerId, scope.ServiceProvider.GetRequiredService<TicketsDbContext>());
        return (result.Result as Microsoft.AspNetCore.Http.HttpResults.Ok<DirectoryCustomerResponse>)?.Value;
    }
}
