using System.Runtime.InteropServices;
using Crm.AppHost.Dashboard;
using Crm.AppHost.Resources;

namespace Crm.AppHost.Hosting;

/// <summary>
/// The running suite: starts the dashboard, then resources in dependency order gated on health, and stops everything it started.
/// </summary>
public sealed class DistributedApplication(HostContext host, IReadOnlyList<Resource> resources, DashboardServer? dashboard = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim _stopOnce = new(1, 1);
    private bool _stopped;
    private PosixSignalRegistration[]? _signals;

    public IReadOnlyList<Resource> Resources { get; } = resources;
    public HostContext Host { get; } = host;

    /// <summary>The ops dashboard, or null when <c>Dashboard:Enabled</c> is false.</summary>
    public DashboardServer? Dashboard { get; } = dashboard;

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => DistributedApplicationBuilder.CreateBuilder(args);

    public Resource this[string name] => Resources.Single(r => r.Name == name);

    public T Get<T>(string name) where T : Resource => (T)this[name];

    public Uri GetEndpoint(string name) => this[name].Endpoint ?? throw new InvalidOperationException($"{name} has no endpoint.");

    public string GetConnectionString(string name) => this[name].ConnectionString ?? throw new InvalidOperationException($"{name} has no connection string.");

    public async Task StartAsync(CancellationToken ct = default)
    {
        // A program that only starts the suite (a benchmark, the fault harness) stops what it started when it is told to
        // end, before the runtime ends it: the handler returns once every process is stopped.
        _signals ??= [PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopOnSignal), PosixSignalRegistration.Create(PosixSignal.SIGINT, StopOnSignal)];
        var starts = new Dictionary<Resource, Task>();
        Task StartOf(Resource resource)
        {
            if (!starts.TryGetValue(resource, out var task))
            {
                var dependencies = resource.WaitsFor.Select(StartOf).ToList();
                task = Task.Run(async () =>
                {
                    await Task.WhenAll(dependencies);
                    await resource.StartAsync(Host, ct);
                }, ct);
                starts[resource] = task;
            }

            return task;
        }

        try
        {
            if (Dashboard is not null)
            {
                await Dashboard.StartAsync(this, ct);
                Console.WriteLine($"Dashboard: {Dashboard.Options.LoginUrl}");
            }

            await Task.WhenAll(Resources.Select(StartOf).ToList());
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    /// <summary>Projects first (they hold connections), then servers; every process the host started ends.</summary>
    public async Task StopAsync()
    {
        await _stopOnce.WaitAsync();
        try
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            await Task.WhenAll(Resources.OfType<ProjectResource>().Select(SafeStop));
            await Task.WhenAll(Resources.Where(r => r is not ProjectResource).Select(SafeStop));
            if (Dashboard is not null)
            {
                await Dashboard.StopAsync();
            }
        }
        finally
        {
            _stopOnce.Release();
        }
    }

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops everything.</summary>
    public async Task RunAsync()
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAsync().GetAwaiter().GetResult();
        try
        {
            await StartAsync(stop.Token);
            Console.WriteLine(ResourceTable.Render(this));
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"The suite did not start: {e.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            Console.WriteLine("Stopping…");
            await StopAsync();
            Console.WriteLine("Stopped.");
        }
    }

    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var signal in _signals ?? [])
        {
            signal.Dispose();
        }

        _stopOnce.Dispose();
    }

    private void StopOnSignal(PosixSignalContext context) => StopAsync().GetAwaiter().GetResult();

    private async Task SafeStop(Resource resource)
    {
        try
        {
            await resource.StopAsync();
        }
        catch (Exception e)
        {
            Host.Echo(resource.Name, $"stop failed: {e.Message}", true);
        }
    }
}
