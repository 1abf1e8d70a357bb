using System.Text.Json;
using Crm.BuildingBlocks.Messaging;
using Crm.Contracts;
using Crm.IntegrationTests.Hosting;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Crm.IntegrationTests.Messaging;

/// <summary>The consumer watchdog against the suite's real broker: a queue left without its consumer ends the service.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ConsumerWatchdogTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_queue_left_without_its_consumer_ends_the_service_to_start_afresh()
    {
        await using var broker = await BrokerAsync();
        var queue = await DeclareQueueAsync(broker.Channel);
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var watchdog = Watchdog(lifetime, TimeSpan.FromSeconds(2));
        var exitCode = Environment.ExitCode;
        try
        {
            await watchdog.Ready(new EndpointReady(Address(queue)));
            await watchdog.StartAsync(CancellationToken.None);

            await Eventually.UntilAsync(() => Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested),
                TimeSpan.FromSeconds(30), "the watchdog gives up on a queue without a consumer");

            Assert.Equal(ConsumerWatchdog.GaveUpExitCode, Environment.ExitCode);
            var health = await watchdog.CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, health.Status);
            Assert.Contains(queue, health.Description);
        }
        finally
        {
            Environment.ExitCode = exitCode;
            lifetime.NotifyStopped();
            await watchdog.StopAsync(CancellationToken.None);
            await broker.Channel.QueueDeleteAsync(queue);
        }
    }

    [Fact]
    public async Task A_served_queue_keeps_the_service_healthy_and_one_without_a_consumer_reads_degraded_before_the_limit()
    {
        await using var broker = await BrokerAsync();
        var served = await DeclareQueueAsync(broker.Channel);
        var unserved = await DeclareQueueAsync(broker.Channel);
        await broker.Channel.BasicConsumeAsync(served, autoAck: false, new AsyncEventingBasicConsumer(broker.Channel));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var watchdog = Watchdog(lifetime, TimeSpan.FromMinutes(10));
        try
        {
            await watchdog.Ready(new EndpointReady(Address(served)));
            await watchdog.StartAsync(CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(HealthStatus.Healthy, (await watchdog.CheckHealthAsync(new HealthCheckContext())).Status);

            await watchdog.Ready(new EndpointReady(Address(unserved)));
            var degraded = await Eventually.ValueAsync(async () =>
            {
                var health = await watchdog.CheckHealthAsync(new HealthCheckContext());
                return health.Status == HealthStatus.Degraded ? health : (HealthCheckResult?)null;
            }, TimeSpan.FromSeconds(30), "a queue without a consumer reads degraded");

            Assert.Contains(unserved, degraded.Description);
            Assert.DoesNotContain(served, degraded.Description);
            Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        }
        finally
        {
            lifetime.NotifyStopped();
            await watchdog.StopAsync(CancellationToken.None);
            await broker.Channel.QueueDeleteAsync(served);
            await broker.Channel.QueueDeleteAsync(unserved);
        }
    }

    [Theory]
    [InlineData(ResourceNames.Tickets)]
    [InlineData(ResourceNames.Campaigns)]
    public async Task Every_queue_of_a_running_service_has_its_consumer(string service)
    {
        using var client = new HttpClient { BaseAddress = suite.ServiceUrl(service) };

        var check = await Eventually.ValueAsync(async () =>
        {
            var body = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement;
            var entry = body.GetProperty("checks").GetProperty(ConsumerWatchdog.HealthCheckName);
            return entry.GetProperty("status").GetString() == "Healthy" ? entry.Clone() : (JsonElement?)null;
        }, TimeSpan.FromSeconds(30), $"{service} reports each queue with its consumer");

        var description = check.GetProperty("description").GetString()!;
        Assert.True(int.Parse(description.Split(' ')[0]) > 0, description);
    }

    private ConsumerWatchdog Watchdog(ApplicationLifetime lifetime, TimeSpan limit) => new(
        BrokerUri,
        "watchdog-test",
        Options.Create(new ConsumerWatchdogOptions
        {
            CheckInterval = TimeSpan.FromMilliseconds(250),
            NoConsumerLimit = limit,
            StopDeadline = TimeSpan.FromDays(1),
        }),
        lifetime,
        NullLogger<ConsumerWatchdog>.Instance);

    private Uri BrokerUri => new(suite.ConnectionString(Crm.Contracts.ResourceNames.Messaging));

    private Uri Address(string queue) => new($"rabbitmq://127.0.0.1:{BrokerUri.Port}/{queue}");

    private async Task<Broker> BrokerAsync()
    {
        var connection = await new ConnectionFactory { Uri = BrokerUri }.CreateConnectionAsync();
        return new Broker(connection, await connection.CreateChannelAsync());
    }

    private static async Task<string> DeclareQueueAsync(IChannel channel)
    {
        var queue = $"watchdog-test-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        return queue;
    }

    private sealed record Broker(IConnection Connection, IChannel Channel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private sealed record EndpointReady(Uri InputAddress) : ReceiveEndpointReady
    {
        public IReceiveEndpoint ReceiveEndpoint => null!;

        public bool IsStarted => true;
    }
}
