using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Crm.IntegrationTests.Hosting;
using Microsoft.Data.Sqlite;

namespace Crm.IntegrationTests.Messaging;

/// <summary>RabbitMQ dies while customers are being registered; every registration still reaches every consumer exactly once.</summary>
[Collection(SuiteCollection.Name)]
public sealed class BrokerOutageTests(SuiteFixture suite)
{
    private const int Customers = 120;

    [Fact]
    public async Task Killing_the_broker_while_customers_are_registered_loses_and_duplicates_nothing()
    {
        using var agent = await suite.ClientAsync("agent");
        using var marketer = await suite.ClientAsync("marketer");
        var created = new ConcurrentBag<Guid>();
        var run = Guid.NewGuid().ToString("N")[..8];

        var producer = Task.Run(async () =>
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Customers), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            {
                using var response = await agent.PostAsJsonAsync("/api/customers",
                    new { firstName = "Outage", lastName = $"Run{run}", email = $"outage.{run}.{i}@example.com" }, ct);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                created.Add((await response.Content.ReadFromJsonAsync<IdOnly>(ct))!.Id);
            });
        });

        await Eventually.UntilAsync(() => Task.FromResult(created.Count >= Customers / 4 || producer.IsCompleted));
        var restarts = suite.KillBroker();
        await Eventually.UntilAsync(() => Task.FromResult(created.Count >= Customers * 3 / 4 || producer.IsCompleted));
        await suite.WaitForBrokerBackAsync(restarts);
        await producer;

        Assert.Equal(Customers, created.Count);
        foreach (var (service, client, path) in new[] { ("tickets", agent, "/api/tickets/customers/"), ("campaigns", marketer, "/api/campaigns/audience/") })
        {
            await Eventually.UntilAsync(async () => await CountReachedAsync(client, path, created) == Customers,
                TimeSpan.FromSeconds(120), $"every registered customer reaches {service}");
            Assert.Equal(Customers, InboxRecordsFor(service, created));
        }
    }

    private static async Task<int> CountReachedAsync(HttpClient client, string path, IEnumerable<Guid> ids)
    {
        var reached = 0;
        foreach (var id in ids)
        {
            using var response = await client.GetAsync(path + id);
            reached += response.IsSuccessStatusCode ? 1 : 0;
        }

        return reached;
    }

    /// <summary>One inbox record per registration event: each event's effect was applied once, whatever the redeliveries.</summary>
    private int InboxRecordsFor(string service, IReadOnlyCollection<Guid> customers)
    {
        using var connection = new SqliteConnection(suite.ConnectionString($"{service}-db"));
        connection.Open();
        using var outbox = new SqliteConnection(suite.ConnectionString("customers-db"));
        outbox.Open();
        var eventIds = new List<string>();
        using (var query = outbox.CreateCommand())
        {
            query.CommandText = "SELECT Id, Body FROM OutboxMessages WHERE MessageType = 'Crm.Contracts.Customers.CustomerRegistered'";
            using var reader = query.ExecuteReader();
            var wanted = customers.Select(c => c.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            while (reader.Read())
            {
                var body = reader.GetString(1);
                if (wanted.Any(w => body.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    eventIds.Add(reader.GetString(0));
                }
            }
        }

        Assert.Equal(customers.Count, eventIds.Count);
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM InboxMessages WHERE MessageId IN ({string.Join(",", eventIds.Select(id => $"'{id}'"))})";
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record IdOnly(Guid Id);
}
