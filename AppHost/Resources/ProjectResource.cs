using System.Globalization;
using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;

namespace Crm.AppHost.Resources;

/// <summary>
/// A .NET project of the suite, run from the solution's build output (<c>dotnet bin/…/X.dll</c>) with the
/// variables .NET Aspire would give it. Restarted with backoff when it exits unexpectedly.
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory) : Resource(name, ResourceType.Project), IDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, string> _environment = [];
    private ChildProcess? _process;
    private HostContext? _host;
    private CancellationTokenSource _lifetime = new();
    private bool _stopping;

    public string ProjectDirectory { get; } = projectDirectory;
    public int Port { get; set; }

    public override Uri? Endpoint => Port == 0 ? null : new Uri($"http://127.0.0.1:{Port}");

    public ProjectResource WithEnvironment(string key, string value)
    {
        _environment[key] = value;
        return this;
    }

    public IReadOnlyDictionary<string, string> Environment(HostContext host)
    {
        var env = new Dictionary<string, string>(host.SharedEnvironment)
        {
            ["ASPNETCORE_URLS"] = Endpoint!.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = host.EnvironmentName,
            ["DOTNET_ENVIRONMENT"] = host.EnvironmentName,
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid()}",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            // The resilience handler wraps every HttpClient, the OTLP exporter's too: one line per export is noise.
            ["Logging__LogLevel__Polly"] = "Warning",
        };
        foreach (var reference in References)
        {
            if (reference is ProjectResource project)
            {
                env[$"services__{project.Name}__http__0"] = project.Endpoint!.ToString().TrimEnd('/');
            }
            else if (reference.ConnectionString is { } connectionString)
            {
                env[$"ConnectionStrings__{reference.Name}"] = connectionString;
            }
        }

        foreach (var (key, value) in _environment)
        {
            env[key] = value;
        }

        return env;
    }

    public override async Task StartAsync(HostContext host, CancellationToken ct)
    {
        _host = host;
        _stopping = false;
        _lifetime.Dispose();
        _lifetime = new CancellationTokenSource();
        Port = Port == 0 ? FreePort.Next() : Port;
        await LaunchAsync(ct);
    }

    private async Task LaunchAsync(CancellationToken ct)
    {
        var host = _host!;
        var assembly = Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(host.RepositoryRoot, ProjectDirectory), "*.csproj").Single());
        var dll = Path.Combine(host.RepositoryRoot, ProjectDirectory, "bin", host.BuildConfiguration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll))
        {
            var error = new FileNotFoundException($"{dll} is missing: build the solution first (dotnet build Crm.Aspire.sln).");
            Fail(error);
            throw error;
        }

        SetState(ResourceState.Starting);
        _process = ChildProcess.Start("dotnet", [dll], Environment(host), Path.GetDirectoryName(dll)!, Log, (l, e) => host.Echo(Name, l, e));
        ProcessId = _process.Id;
        var process = _process;
        _ = process.Exited.ContinueWith(_ => OnExitedAsync(process), TaskScheduler.Default);

        if (!await Probes.UntilAsync(c => Probes.HttpHealthAsync(Endpoint!, c), host.HealthTimeout, ct, () => process.HasExited))
        {
            if (_stopping)
            {
                return;
            }

            var error = new InvalidOperationException($"{Name} did not become healthy at {Endpoint}health within {host.HealthTimeout.TotalSeconds:F0} s.");
            Fail(error);
            throw error;
        }

        SetState(ResourceState.Healthy);
        StartedAt = DateTimeOffset.UtcNow;
    }

    private async Task OnExitedAsync(ChildProcess exited)
    {
        if (_stopping || !ReferenceEquals(exited, _process))
        {
            return;
        }

        SetState(ResourceState.Exited);
        var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(Restarts, 5))));
        _host!.Echo(Name, $"exited unexpectedly; restarting in {delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", true);
        try
        {
            await Task.Delay(delay, _lifetime.Token);
            Restarts++;
            await LaunchAsync(_lifetime.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            if (!_stopping)
            {
                _host.Echo(Name, $"restart failed: {e.Message}", true);
                _process?.Kill();
            }
        }
    }

    public void Dispose()
    {
        _lifetime.Dispose();
        _process?.Dispose();
    }

    /// <summary>Ends the process as a crash would (the app host restarts it).</summary>
    public void Kill() => _process?.Kill();

    public override bool IsManaged => true;

    public Task RestartAsync(CancellationToken ct = default) => RestartAsync(_host ?? throw new InvalidOperationException("Never started."), ct);

    public override async Task StopAsync()
    {
        _stopping = true;
        await _lifetime.CancelAsync();
        // Forget the process before it exits: its exit must not read as a crash once a restart clears _stopping.
        var process = _process;
        _process = null;
        if (process is not null)
        {
            await process.StopAsync(TimeSpan.FromSeconds(5));
        }

        SetState(ResourceState.Stopped);
    }
}
