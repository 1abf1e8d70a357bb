using Crm.FaultInjection;
using Crm.FaultInjection.Suite;

namespace Crm.IntegrationTests.Messaging;

/// <summary>
/// The small version of <c>bench/faults</c>: changes through the gateway while RabbitMQ and a consumer are SIGKILLed and a
/// consumer's database is locked for 10 s, in a suite of its own. Nothing is lost, nothing is applied twice, and the error
/// queues hold exactly the messages poisoned on purpose.
/// </summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Broker_and_consumer_crashes_and_a_locked_database_lose_and_duplicate_nothing()
    {
        await using var suite = await FaultSuite.StartAsync(Environment.GetEnvironmentVariable("CRM_TEST_ECHO_LOGS") == "1");
        var options = new FaultRunOptions
        {
            Changes = 1_000,
            Rate = 50,
            BrokerCrashes = 1,
            ServiceCrashes = 1,
            DatabaseOutages = 1,
            DatabaseOutage = TimeSpan.FromSeconds(10),
            Poisons = 2,
            Settle = TimeSpan.FromSeconds(1),
        };

        var report = await FaultRun.RunAsync(suite, options, _ => { });

        Assert.True(report.Passed, report.ToMarkdown() + "\n" + suite.RecentLogs());
        Assert.Equal(3, report.Faults.Count);
        Assert.All(report.Faults, f => Assert.NotNull(f.Drain));
    }
}
