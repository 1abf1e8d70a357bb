using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;
using Crm.AppHost.Resources;
using Crm.Contracts;
using Microsoft.Data.Sqlite;

namespace Crm.FaultInjection.Suite;

/// <summary>
/// A suite of its own for one fault run (the same <see cref="CrmSuite"/> model as <c>./run.sh</c>, fresh databases,
/// RabbitMQ with its management API so queues can be inspected), stopped at the end.
/// </summary>
public sealed class FaultSuite : IAsyncDisposable
{
    private FaultSuite(DistributedApplication app) => App = app;

    public DistributedApplication App { get; }
    public Uri Gateway => App.GetEndpoint(ResourceNames.Gateway);
    public RabbitMqResource Broker => App.Get<RabbitMqResource>(ResourceNames.Messaging);
    public ProjectResource Project(string name) => App.Get<ProjectResource>(name);
    public IEnumerable<ProjectResource> Projects => App.Resources.OfType<ProjectResource>();

    public static async Task<FaultSuite> StartAsync(bool echoLogs, CancellationToken ct = default)
    {
        var builder = DistributedApplicationBuilder.CreateBuilder([], new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Gateway:Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMQ:Management"] = "true",
            // The run counts effects itself; the dashboard would only add load (and want a fixed port).
            ["Dashboard:Enabled"] = "false",
        });
        builder.EchoLogs = echoLogs;
        builder.HealthTimeout = TimeSpan.FromSeconds(120);
        CrmSuite.Define(builder);
        var suite = new FaultSuite(builder.Build());
        try
        {
            await suite.App.StartAsync(ct);
        }
        catch (Exception e)
        {
            var logs = suite.RecentLogs();
            await suite.DisposeAsync();
            throw new InvalidOperationException($"The suite did not start: {e.Message}\n{logs}", e);
        }

        return suite;
    }

    /// <summary>A new connection to a service's SQLite database (the harness reads ledgers and holds locks with it).</summary>
    public SqliteConnection OpenDatabase(string service)
    {
        var builder = new SqliteConnectionStringBuilder(App.GetConnectionString(ResourceNames.DatabaseOf(service))) { DefaultTimeout = 30, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public string RecentLogs(int lines = 20) => string.Join('\n', App.Resources.Select(r =>
        $"--- {r.Name} ({r.State})\n" + string.Join('\n', r.Log.Snapshot().TakeLast(lines).Select(l => l.Text))));

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
