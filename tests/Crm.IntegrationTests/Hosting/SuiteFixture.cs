using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;
using Crm.AppHost.Resources;
using Crm.Contracts;

namespace Crm.IntegrationTests.Hosting;

/// <summary>
/// Starts the whole suite exactly as <c>./run.sh</c> does (the same <see cref="CrmSuite"/> model: real RabbitMQ,
/// Redis, five services, gateway) on free ports, and stops every process at the end.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public DistributedApplication App { get; private set; } = null!;

    public Uri GatewayUrl => App.GetEndpoint(ResourceNames.Gateway);

    public RabbitMqResource Broker => App.Get<RabbitMqResource>(ResourceNames.Messaging);

    public Uri ServiceUrl(string name) => App.GetEndpoint(name);

    public string ConnectionString(string name) => App.GetConnectionString(name);

    public ProjectResource Project(string name) => App.Get<ProjectResource>(name);

    public async Task InitializeAsync()
    {
        var builder = DistributedApplicationBuilder.CreateBuilder([], new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Gateway:Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMQ:Management"] = "false",
            ["Dashboard:Enabled"] = "false",
        });
        builder.EchoLogs = Environment.GetEnvironmentVariable("CRM_TEST_ECHO_LOGS") == "1";
        builder.HealthTimeout = TimeSpan.FromSeconds(120);
        CrmSuite.Define(builder);
        App = builder.Build();
        try
        {
            await App.StartAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The suite did not start: {e.Message}\n{RecentLogs()}", e);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>The last lines of every resource, for a failing test's message.</summary>
    public string RecentLogs(int lines = 15) => string.Join('\n', App.Resources.Select(r =>
        $"--- {r.Name} ({r.State})\n" + string.Join('\n', r.Log.Snapshot().TakeLast(lines).Select(l => l.Text))));
}
