using System.Net.Http.Json;
using System.Text.Json;
using Crm.BuildingBlocks.Outbox;
using Crm.Contracts.Customers;
using Crm.IntegrationTests.Hosting;
using MassTransit;
using Microsoft.Data.Sqlite;

namespace Crm.IntegrationTests.Sales;

/// <summary>
/// The order's event delivered again through the real broker — the very message (same id) twice, and the same order as
/// a new message — still earns its points once.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class LoyaltyRedeliveryTests(SuiteFixture suite)
{
    [Fact]
    public async Task An_order_delivered_again_and_again_credits_its_points_once()
    {
        using var marketer = await suite.ClientAsync("marketer");
        using var agent = await suite.ClientAsync("agent");
        var sku = await Sales.ProductAsync(marketer, 42.50m);
        var (id, customer) = await Sales.ShopperAsync(suite, agent);
        using var _ = customer;
        var order = await Sales.OrderAsync(customer, new { lines = new[] { new { sku, quantity = 2 } } });
        await Eventually.UntilAsync(async () => await Sales.PointsAsync(customer) == 85, because: "the first delivery credits the order");

        var (messageId, message) = OutboxRowOf(order.GetProperty("id").GetGuid());
        var resent = Guid.NewGuid();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(suite.ConnectionString(Crm.Contracts.ResourceNames.Messaging))));
        await bus.StartAsync();
        try
        {
            await bus.Publish(message, context => context.MessageId = messageId);
            await bus.Publish(message, context => context.MessageId = messageId);
            await bus.Publish(message, context => context.MessageId = resent);
        }
        finally
        {
            await bus.StopAsync();
        }

        await Eventually.UntilAsync(() => Task.FromResult(Processed(resent, nameof(OrderPlaced) + "LoyaltyConsumer")),
            because: "the order sent again as a new message reaches the loyalty consumer");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(85, await Sales.PointsAsync(customer));
        var ledger = (await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/loyalty")).GetProperty("ledger");
        Assert.Equal(85, Assert.Single(ledger.EnumerateArray()).GetProperty("points").GetInt32());
        Assert.True(Processed(messageId, nameof(OrderPlaced) + "LoyaltyConsumer"));
    }

    private (Guid Id, OrderPlaced Message) OutboxRowOf(Guid orderId)
    {
        using var connection = new SqliteConnection(suite.ConnectionString("customers-db"));
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT Id, Body FROM OutboxMessages WHERE MessageType = 'Crm.Contracts.Customers.OrderPlaced' AND Body LIKE $order";
        query.Parameters.AddWithValue("$order", $"%{orderId}%");
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read(), "the order's event is in the outbox");
        return (Guid.Parse(reader.GetString(0)), JsonSerializer.Deserialize<OrderPlaced>(reader.GetString(1), MessageTypes.Json)!);
    }

    private bool Processed(Guid messageId, string consumer)
    {
        using var connection = new SqliteConnection(suite.ConnectionString("customers-db"));
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM InboxMessages WHERE upper(MessageId) = upper($id) AND Consumer = $consumer";
        query.Parameters.AddWithValue("$id", messageId.ToString());
        query.Parameters.AddWithValue("$consumer", consumer);
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }
}
