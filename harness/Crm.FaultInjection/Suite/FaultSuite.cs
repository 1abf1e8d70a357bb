using Aspire.Hosting.Testing;
using Crm.Contracts;
using Crm.SuiteHost;
using Microsoft.Data.Sqlite;

namespace Crm.FaultInjection.Suite;

/// <summary>
/// A suite of its own for one fault run (the app model of <c>./run.sh</c>, fresh databases, RabbitMQ with its management
/// API so queues can be inspected), stopped at the end.
/// </summary>
public sealed class FaultSuite : IAsyncDisposable
{
    private FaultSuite(RunningSuite running) => Running = running;

    public RunningSuite Running { get; }
    public Uri Gateway => Running.GatewayUrl;
    public static IEnumerable<string> ProjectNames => ResourceNames.Services.Append(ResourceNames.Gateway);

    /// <summary>RabbitMQ's management API (queue depths, consumers).</summary>
    public Uri BrokerManagement => Running.App.GetEndpoint(ResourceNames.Messaging, "management");

    public static async Task<FaultSuite> StartAsync(bool echoLogs, CancellationToken ct = default) =>
        new(await RunningSuite.StartAsync(new SuiteOptions
        {
            EchoLogs = echoLogs,
            BrokerManagement = true,
            // The ledger counts every customer record: the seeded customer login's record would be one the driver never made.
            Settings = new Dictionary<string, string> { ["Identity:SeedDevelopmentUsers"] = "false" },
        }, ct));

    /// <summary>SIGKILL of a resource, as a crash would do; waits until the app host has started it again and it is healthy.</summary>
    public async Task CrashAndAwaitRestartAsync(string resource, CancellationToken ct)
    {
        var restarts = Running.Restarts(resource);
        Running.Kill(resource);
        if (!await Running.WaitUntilRestartedAsync(resource, restarts, TimeSpan.FromMinutes(3), ct))
        {
            throw new TimeoutException($"{resource} was not started again and healthy within 3 minutes of its SIGKILL.");
        }
    }

    /// <summary>A new connection to a service's SQLite database (the harness reads ledgers and holds locks with it).</summary>
    public SqliteConnection OpenDatabase(string service)
    {
        var builder = new SqliteConnectionStringBuilder(Running.ConnectionString(ResourceNames.DatabaseOf(service))) { DefaultTimeout = 30, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public string RecentLogs(int lines = 20) => Running.RecentLogs(lines);

    public ValueTask DisposeAsync() => Running.DisposeAsync();
}
