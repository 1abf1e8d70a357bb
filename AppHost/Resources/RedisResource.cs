using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;

namespace Crm.AppHost.Resources;

/// <summary>A Redis server as a plain local process on a free loopback port, nothing persisted.</summary>
public sealed class RedisResource(string name) : Resource(name, ResourceType.Redis)
{
    private ChildProcess? _process;

    public int Port { get; private set; }

    public override string? ConnectionString => Port == 0 ? null : $"127.0.0.1:{Port}";

    public override async Task StartAsync(HostContext host, CancellationToken ct)
    {
        Port = Port == 0 ? FreePort.Next() : Port;
        var folder = Directory.CreateDirectory(Path.Combine(host.RunDirectory, "redis")).FullName;
        SetState(ResourceState.Starting);
        _process = ChildProcess.Start("redis-server",
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "no"],
            new Dictionary<string, string>(), folder, Log, (l, e) => host.Echo(Name, l, e));
        ProcessId = _process.Id;
        if (!await Probes.UntilAsync(c => Probes.RedisAsync(Port, c), host.HealthTimeout, ct, () => _process.HasExited))
        {
            var error = new InvalidOperationException($"Redis did not answer PING on port {Port}.");
            Fail(error);
            throw error;
        }

        SetState(ResourceState.Healthy);
    }

    public override bool IsManaged => true;

    public override async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(5));
        }

        SetState(ResourceState.Stopped);
    }
}
