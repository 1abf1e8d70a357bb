using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Hosting;

namespace Crm.IntegrationTests.Sales;

/// <summary>RabbitMQ is killed while customers order: every order still earns its points, exactly once.</summary>
[Collection(SuiteCollection.Name)]
public sealed class OrdersDuringBrokerOutageTests(SuiteFixture suite)
{
    private const int Shoppers = 40;

    [Fact]
    public async Task Orders_placed_while_the_broker_is_killed_earn_their_points_exactly_once()
    {
        using var marketer = await suite.ClientAsync("marketer");
        using var agent = await suite.ClientAsync("agent");
        var sku = await Sales.ProductAsync(marketer, 12.34m);
        var shoppers = new List<(Guid Id, HttpClient Client)>();
        for (var i = 0; i < Shoppers; i++)
        {
            shoppers.Add(await Sales.ShopperAsync(suite, agent));
        }

        var placed = new ConcurrentBag<Guid>();
        var producer = Task.Run(async () =>
            await Parallel.ForEachAsync(shoppers, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (shopper, ct) =>
            {
                using var response = await shopper.Client.PostAsJsonAsync("/api/me/orders", new { lines = new[] { new { sku, quantity = 1 } } }, ct);
                await response.SuccessJsonAsync();
                placed.Add(shopper.Id);
            }));

        await Eventually.UntilAsync(() => Task.FromResult(placed.Count >= Shoppers / 4 || producer.IsCompleted));
        var restarts = suite.KillBroker();
        await producer;
        await suite.WaitForBrokerBackAsync(restarts);

        Assert.Equal(Shoppers, placed.Count);
        foreach (var (id, _) in shoppers)
        {
            await Eventually.UntilAsync(async () =>
                (await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/loyalty")).GetProperty("points").GetInt32() >= 12,
                TimeSpan.FromSeconds(120), "every order earns its points after the broker is back");
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var (id, client) in shoppers)
        {
            var loyalty = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{id}/loyalty");
            Assert.Equal(12, loyalty.GetProperty("points").GetInt32());
            Assert.Single(loyalty.GetProperty("ledger").EnumerateArray());
            client.Dispose();
        }
    }
}
