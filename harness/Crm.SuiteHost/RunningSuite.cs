using System.Collections.Concurrent;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Crm.AppHost.Suite;
using Crm.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Crm.SuiteHost;

/// <summary>
/// The whole suite started from the app model of <c>AppHost/</c> (exactly what <c>./run.sh</c> runs: real RabbitMQ,
/// Redis, five services, the gateway) with <see cref="DistributedApplicationTestingBuilder"/>, on free ports and fresh
/// databases, stopped with every process at the end.
/// </summary>
public sealed class RunningSuite : IAsyncDisposable
{
    private const string PidProperty = "executable.pid";
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly ConcurrentDictionary<string, string> _connectionStrings = new();
    private readonly ResourceLogTail _logs;
    private readonly CancellationTokenSource _watching = new();

    private RunningSuite(DistributedApplication app, SuiteOptions options, string repositoryRoot, Uri? dashboardUrl, string? dashboardToken)
    {
        App = app;
        RepositoryRoot = repositoryRoot;
        DashboardUrl = dashboardUrl;
        DashboardToken = dashboardToken;
        _logs = new ResourceLogTail(app.Services.GetRequiredService<ResourceLoggerService>(), options.EchoLogs);
    }

    public DistributedApplication App { get; }

    public string RepositoryRoot { get; }

    /// <summary>The Aspire dashboard (when <see cref="SuiteOptions.Dashboard"/>), and the token its login link carries.</summary>
    public Uri? DashboardUrl { get; }
    public string? DashboardToken { get; }

    public Uri GatewayUrl => App.GetEndpoint(ResourceNames.Gateway, "http");

    public IReadOnlyList<string> Resources => [.. App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(r => r.Name)];

    public Uri ServiceUrl(string name) => App.GetEndpoint(name, "http");

    /// <summary>The connection string a resource hands out (<c>messaging</c>, <c>cache</c>, <c>tickets-db</c>, …).</summary>
    public string ConnectionString(string name) => _connectionStrings.GetOrAdd(name, n =>
        App.GetConnectionStringAsync(n).AsTask().GetAwaiter().GetResult() ?? throw new InvalidOperationException($"{n} has no connection string."));

    public string? State(string resource) => Latest(resource)?.Snapshot.State?.Text;

    public HealthStatus? Health(string resource) => Latest(resource)?.Snapshot.HealthStatus;

    /// <summary>How often the app host started the resource again after it exited on its own.</summary>
    public int Restarts(string resource) =>
        Latest(resource)?.Snapshot.Properties.FirstOrDefault(p => p.Name == ExitedResourceRestarter.RestartsProperty)?.Value is { } value
            ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
            : 0;

    /// <summary>The process doing the resource's work (DCP runs each project's build output directly, so this is the app itself).</summary>
    public int? ProcessId(string resource)
    {
        if (Latest(resource)?.Snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value is not { } value)
        {
            return null;
        }

        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    /// <summary>SIGKILL, as a crash would end it; the app host starts it again.</summary>
    public void Kill(string resource)
    {
        var pid = ProcessId(resource) ?? throw new InvalidOperationException($"{resource} has no process.");
        ProcessTree.Kill(pid);
    }

    /// <summary>Waits until the resource was started again after <paramref name="restartsBefore"/> and is healthy.</summary>
    public async Task<bool> WaitUntilRestartedAsync(string resource, int restartsBefore, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Restarts(resource) > restartsBefore && State(resource) == KnownResourceStates.Running && Health(resource) == HealthStatus.Healthy)
            {
                return true;
            }

            await Task.Delay(50, ct);
        }

        return false;
    }

    public Task WaitHealthyAsync(string resource, CancellationToken ct = default) => App.ResourceNotifications.WaitForResourceHealthyAsync(resource, ct);

    /// <summary>Calls <paramref name="listener"/> with (resource, line) for every console line from now on, across restarts.</summary>
    public IDisposable ListenToLogs(Action<string, string> listener) => _logs.Listen(listener);

    /// <summary>The last lines of every resource's console, for a failing test's message.</summary>
    public string RecentLogs(int lines = 15) => _logs.Render(Resources, lines, State);

    public static async Task<RunningSuite> StartAsync(SuiteOptions options, CancellationToken ct = default)
    {
        var dashboardPort = LoopbackPorts.Next();
        var token = Guid.NewGuid().ToString("N");
        string[] args =
        [
            $"--environment={options.Environment}",
            "--Gateway:Port=0",
            // The mail catcher and the support address's listener on free ports too, so a test never meets ./run.sh's.
            "--MailCatcher:SmtpPort=0",
            "--MailCatcher:WebPort=0",
            "--Channels:Mail:Port=0",
            $"--RabbitMQ:Management={options.BrokerManagement}",
            $"--ASPNETCORE_URLS=http://127.0.0.1:{dashboardPort}",
            $"--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://127.0.0.1:{LoopbackPorts.Next()}",
            "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            // The testing builder moves proxied endpoints (the dashboard's) to random ports; these ports are free already.
            "--DcpPublisher:RandomizePorts=false",
            $"--ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN={token}",
            .. options.Settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Crm_AppHost>(args,
            (application, _) => application.DisableDashboard = !options.Dashboard, ct);
        builder.Services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            if (!options.EchoLogs)
            {
                logging.ClearProviders();
            }
        });

        var app = await builder.BuildAsync(ct);
        var suite = new RunningSuite(app, options, Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")), options.Dashboard ? new Uri($"http://127.0.0.1:{dashboardPort}") : null, options.Dashboard ? token : null);
        suite.Watch();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.StartTimeout);
        try
        {
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
        }
        catch (Exception e)
        {
            var logs = suite.RecentLogs();
            await suite.DisposeAsync();
            throw new InvalidOperationException($"The suite did not start: {e.Message}\n{logs}", e);
        }

        return suite;
    }

    private ResourceEvent? Latest(string resource) => _latest.GetValueOrDefault(resource);

    private void Watch()
    {
        _logs.Start(Resources, _watching.Token);
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var change in App.ResourceNotifications.WatchAsync(_watching.Token))
                {
                    _latest[change.Resource.Name] = change;
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync();
        }
        finally
        {
            await _watching.CancelAsync();
            await App.DisposeAsync();
            _watching.Dispose();
        }
    }
}
