using System.Diagnostics;
using System.Globalization;
using Crm.AppHost.Suite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Bench.Pipeline;

/// <summary>
/// One RabbitMQ node for the bench alone, started the way the app host starts the suite's (<c>scripts/rabbitmq-node.sh</c>)
/// but without the rest of the suite, so nothing else shares the cores while the pipeline is measured.
/// </summary>
public sealed class LocalBroker : IAsyncDisposable
{
    private readonly Process _process;

    private LocalBroker(Process process, int port, string folder)
    {
        _process = process;
        ConnectionString = $"amqp://guest:guest@127.0.0.1:{port}/";
        Folder = folder;
    }

    public string ConnectionString { get; }
    public string Folder { get; }

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    public static async Task<LocalBroker> StartAsync()
    {
        var root = RepositoryRoot;
        var folder = Path.Combine(root, ".data", "bench-pipeline-" + DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var port = LoopbackPorts.Next();
        var info = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "rabbitmq-node.sh")]) { UseShellExecute = false, RedirectStandardOutput = true };
        info.Environment["CRM_RABBITMQ_BASE"] = Path.Combine(folder, "messaging");
        info.Environment["CRM_RABBITMQ_NODE"] = $"bench{Guid.NewGuid():N}"[..14] + "@localhost";
        info.Environment["CRM_RABBITMQ_PORT"] = Text(port);
        info.Environment["CRM_RABBITMQ_DIST_PORT"] = Text(LoopbackPorts.Next());
        info.Environment["CRM_RABBITMQ_EPMD_PORT"] = Text(LoopbackPorts.Next());
        info.Environment["CRM_RABBITMQ_MANAGEMENT_PORT"] = "0";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while ((await ServerHandshakeHealthCheck.Amqp(port).CheckHealthAsync(new())).Status != HealthStatus.Healthy)
        {
            if (process.HasExited || DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"RabbitMQ did not start on port {port}; see {folder}/messaging/log.");
            }

            await Task.Delay(200);
        }

        return new LocalBroker(process, port, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", Text(_process.Id)]) { UseShellExecute = false })!;
            await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
