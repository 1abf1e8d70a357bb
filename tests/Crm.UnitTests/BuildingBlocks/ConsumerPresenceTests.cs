using Crm.BuildingBlocks.Messaging;

namespace Crm.UnitTests.BuildingBlocks;

public sealed class ConsumerPresenceTests
{
    private const string Queue = "tickets-customer-registered";
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Fact]
    public void A_watched_queue_starts_with_nothing_against_it()
    {
        var presence = Watching(Queue);

        Assert.Empty(presence.Without(T0));
        Assert.Empty(presence.Stalled(T0.AddHours(1)));
        Assert.Equal([Queue], presence.Queues);
    }

    [Fact]
    public void A_queue_without_a_consumer_stalls_once_the_limit_has_passed_since_it_was_first_seen_without_one()
    {
        var presence = Watching(Queue);

        presence.Observe(Queue, 0, T0);
        presence.Observe(Queue, 0, T0.AddSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(80), presence.Without(T0.AddSeconds(80))[Queue]);
        Assert.Empty(presence.Stalled(T0.AddSeconds(89)));
        Assert.Equal([Queue], presence.Stalled(T0.AddSeconds(90)));
    }

    [Fact]
    public void A_consumer_seen_again_clears_the_wait()
    {
        var presence = Watching(Queue);

        presence.Observe(Queue, 0, T0);
        presence.Observe(Queue, 1, T0.AddSeconds(80));
        presence.Observe(Queue, 0, T0.AddSeconds(85));

        Assert.Empty(presence.Stalled(T0.AddSeconds(120)));
        Assert.Equal(TimeSpan.FromSeconds(35), presence.Without(T0.AddSeconds(120))[Queue]);
    }

    [Fact]
    public void A_broker_that_does_not_answer_counts_for_nothing()
    {
        var presence = Watching(Queue, "campaigns-customer-registered");

        presence.Observe(Queue, 0, T0);
        presence.Observe("campaigns-customer-registered", 0, T0);
        presence.Forget();
        presence.Observe(Queue, 0, T0.AddSeconds(100));

        Assert.Empty(presence.Stalled(T0.AddSeconds(120)));
        Assert.Equal([Queue], presence.Without(T0.AddSeconds(120)).Keys);
    }

    [Fact]
    public void Only_the_queues_past_the_limit_are_stalled()
    {
        var presence = Watching("b-queue", "a-queue", "c-queue");

        presence.Observe("b-queue", 0, T0);
        presence.Observe("a-queue", 0, T0.AddSeconds(-5));
        presence.Observe("c-queue", 0, T0.AddSeconds(30));

        Assert.Equal(["a-queue", "b-queue"], presence.Stalled(T0.AddSeconds(90)));
    }

    [Fact]
    public void A_queue_not_watched_or_no_longer_watched_is_not_tracked()
    {
        var presence = Watching(Queue);

        presence.Observe("someone-elses-queue", 0, T0);
        presence.Observe(Queue, 0, T0);
        presence.Unwatch(Queue);
        presence.Observe(Queue, 0, T0.AddSeconds(10));

        Assert.Empty(presence.Queues);
        Assert.Empty(presence.Stalled(T0.AddHours(1)));
    }

    [Fact]
    public void Watching_a_queue_again_keeps_its_wait()
    {
        var presence = Watching(Queue);

        presence.Observe(Queue, 0, T0);
        presence.Watch(Queue);

        Assert.Equal([Queue], presence.Stalled(T0.AddSeconds(90)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_limit_must_be_positive(int seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConsumerPresence(TimeSpan.FromSeconds(seconds)));

    private static ConsumerPresence Watching(params string[] queues)
    {
        var presence = new ConsumerPresence(Limit);
        foreach (var queue in queues)
        {
            presence.Watch(queue);
        }

        return presence;
    }
}

public sealed class ConsumerWatchdogQueueTests
{
    [Theory]
    [InlineData("rabbitmq://127.0.0.1:5672/tickets-customer-registered", "tickets-customer-registered")]
    [InlineData("rabbitmq://127.0.0.1:5672/crm/campaigns-partner-contributions-revoked", "campaigns-partner-contributions-revoked")]
    [InlineData("rabbitmq://127.0.0.1:5672/queue%20with%20space", "queue with space")]
    [InlineData("rabbitmq://127.0.0.1:5672/host_bus_abc?temporary=true", null)]
    [InlineData("rabbitmq://127.0.0.1:5672/reply?durable=false&autodelete=true", null)]
    [InlineData("rabbitmq://127.0.0.1:5672/", null)]
    public void The_queue_is_read_from_the_input_address_and_connection_bound_queues_are_left_out(string address, string? queue) =>
        Assert.Equal(queue, ConsumerWatchdog.QueueOf(new Uri(address)));
}
