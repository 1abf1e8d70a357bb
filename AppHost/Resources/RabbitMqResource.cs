using System.Diagnostics;
using Crm.AppHost.Hosting;
using Crm.AppHost.Processes;

namespace Crm.AppHost.Resources;

/// <summary>
/// A RabbitMQ node as a plain local process: its own ports, epmd, cookie home and data folder under the run's
/// directory. It can be killed and started again on the same port and data (the fault tests do).
/// </summary>
public sealed class RabbitMqResource(string name) : Resource(name, ResourceType.RabbitMQ)
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private ChildProcess? _process;
    private Dictionary<string, string>? _environment;
    private HostContext? _host;

    public int Port { get; private set; }
    public int ManagementPort { get; private set; }
    public string NodeName { get; } = $"crm{Guid.NewGuid():N}"[..16] + "@localhost";

    public override string? ConnectionString => Port == 0 ? null : $"amqp://guest:guest@127.0.0.1:{Port}/";

    public override async Task StartAsync(HostContext host, CancellationToken ct)
    {
        _host = host;
        _environment ??= Prepare(host);
        SetState(ResourceState.Starting);
        _process = ChildProcess.Start($"{Bin}/rabbitmq-server", [], _environment, host.RunDirectory, Log, (l, e) => host.Echo(Name, l, e));
        ProcessId = _process.Id;
        if (!await Probes.UntilAsync(c => Probes.AmqpAsync(Port, c), host.HealthTimeout, ct, () => _process.HasExited))
        {
            var error = new InvalidOperationException($"RabbitMQ did not accept AMQP connections on port {Port}; see {Path.Combine(host.RunDirectory, "rabbitmq", "log")}.");
            Fail(error);
            throw error;
        }

        SetState(ResourceState.Healthy);
    }

    /// <summary>SIGKILL of the broker, as a crash would do; queues and persistent messages stay on disk.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill();
        await _process.Exited.WaitAsync(TimeSpan.FromSeconds(10));
        await Probes.UntilAsync(_ => Task.FromResult(FreePort.IsFree(Port)), TimeSpan.FromSeconds(15), CancellationToken.None);
        SetState(ResourceState.Exited);
    }

    public Task StartAgainAsync(CancellationToken ct = default) => StartAsync(_host ?? throw new InvalidOperationException("Never started."), ct);

    public override bool IsManaged => true;

    public override async Task StopAsync()
    {
        if (_environment is null)
        {
            return;
        }

        if (_process is { HasExited: false })
        {
            await RunCtl(["shutdown"], TimeSpan.FromSeconds(20));
            await _process.StopAsync(TimeSpan.FromSeconds(5));
        }

        await Run("epmd", ["-kill"], TimeSpan.FromSeconds(5));
        SetState(ResourceState.Stopped);
    }

    private Dictionary<string, string> Prepare(HostContext host)
    {
        var management = host.Configuration["RabbitMQ:Management"] != "false";
        Port = FreePort.Next();
        ManagementPort = management ? FreePort.Next() : 0;
        var home = Path.Combine(host.RunDirectory, "rabbitmq");
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(home, folder));
        }

        File.WriteAllText(Path.Combine(home, "rabbitmq.conf"), string.Join('\n',
            $"listeners.tcp.1 = 127.0.0.1:{Port}",
            "log.console = false",
            "log.file.level = warning",
            management ? "management.tcp.ip = 127.0.0.1" : "",
            management ? $"management.tcp.port = {ManagementPort}" : "") + "\n");
        File.WriteAllText(Path.Combine(home, "enabled_plugins"), management ? "[rabbitmq_management].\n" : "[].\n");
        return new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(home, "home"),
            ["ERL_EPMD_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_CONF_ENV_FILE"] = "/dev/null",
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(home, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(home, "enabled_plugins"),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(home, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(home, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(home, "rabbit.pid"),
        };
    }

    public string? ManagementUrl => ManagementPort == 0 ? null : $"http://127.0.0.1:{ManagementPort}";

    private Task RunCtl(string[] args, TimeSpan timeout) => Run($"{Bin}/rabbitmqctl", ["-n", NodeName, .. args], timeout);

    private async Task Run(string file, string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _environment!)
        {
            info.Environment[key] = value;
        }

        try
        {
            using var process = Process.Start(info)!;
            using var cts = new CancellationTokenSource(timeout);
            await process.WaitForExitAsync(cts.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or System.ComponentModel.Win32Exception)
        {
        }
    }
}
