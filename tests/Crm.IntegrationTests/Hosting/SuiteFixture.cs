using Crm.Contracts;
using Crm.SuiteHost;

namespace Crm.IntegrationTests.Hosting;

/// <summary>
/// Starts the whole suite from the app model of <c>./run.sh</c> (real RabbitMQ, Redis, five services, identity, gateway)
/// through <c>Aspire.Hosting.Testing</c> on free ports, and stops every process at the end. Tokens come from the identity
/// service (<c>/dev/token</c> or a real sign-in), as a client's would.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public RunningSuite Suite { get; private set; } = null!;

    public Uri GatewayUrl => Suite.GatewayUrl;

    public Uri ServiceUrl(string name) => Suite.ServiceUrl(name);

    public string ConnectionString(string name) => Suite.ConnectionString(name);

    public async Task InitializeAsync() => Suite = await RunningSuite.StartAsync(new SuiteOptions());

    public async Task DisposeAsync() => await Suite.DisposeAsync();

    /// <summary>SIGKILL of RabbitMQ; the app host starts it again on the same data.</summary>
    public int KillBroker()
    {
        var restarts = Suite.Restarts(ResourceNames.Messaging);
        Suite.Kill(ResourceNames.Messaging);
        return restarts;
    }

    public async Task WaitForBrokerBackAsync(int restartsBefore)
    {
        if (!await Suite.WaitUntilRestartedAsync(ResourceNames.Messaging, restartsBefore, TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException($"RabbitMQ was not started again within 2 minutes.\n{RecentLogs()}");
        }
    }

    /// <summary>The last lines of every resource, for a failing test's message.</summary>
    public string RecentLogs(int lines = 15) => Suite.RecentLogs(lines);
}
