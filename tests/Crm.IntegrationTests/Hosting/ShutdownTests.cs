using System.Diagnostics;
using System.Globalization;
using Crm.AppHost.Suite;
using Crm.SuiteHost;

namespace Crm.IntegrationTests.Hosting;

/// <summary>
/// The app host as <c>./run.sh</c> starts it, as a process of its own: Ctrl+C and SIGTERM stop every process it started
/// (DCP, the broker, the cache, the services, the gateway) within 30 s; after a SIGKILL of the app host nothing is
/// left a minute later.
/// </summary>
public sealed class ShutdownTests
{
    [Theory]
    [InlineData("INT", 30)]
    [InlineData("TERM", 30)]
    [InlineData("KILL", 60)]
    public async Task Stopping_the_app_host_leaves_no_process_behind(string signal, int seconds)
    {
        var gatewayPort = LoopbackPorts.Next();
        using var host = StartAppHost(gatewayPort);
        try
        {
            await Eventually.UntilAsync(async () => await GatewayHealthyAsync(gatewayPort), TimeSpan.FromMinutes(4),
                "the suite starts");
            var started = Descendants(host.Id);
            Assert.Contains(started, pid => ProcessTree.CommandLine(pid).Contains("dcp", StringComparison.Ordinal));
            Assert.Contains(started, pid => ProcessTree.CommandLine(pid).Contains("beam.smp", StringComparison.Ordinal));
            Assert.Contains(started, pid => ProcessTree.CommandLine(pid).Contains("Crm.Gateway", StringComparison.Ordinal));

            Signal(host.Id, signal);

            await Eventually.UntilAsync(() => Task.FromResult(!started.Any(ProcessTree.IsRunning) && !ProcessTree.IsRunning(host.Id)),
                TimeSpan.FromSeconds(seconds), $"SIG{signal} stops every process: still running {string.Join(", ", started.Where(ProcessTree.IsRunning).Select(ProcessTree.CommandLine))}");
            Assert.True(LoopbackPorts.IsFree(gatewayPort));
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>
    /// The built app host, started the way <c>./run.sh</c> does, its signals at their defaults as a terminal leaves them:
    /// a test run started in the background of a shell inherits SIGINT ignored, which a Ctrl+C at a terminal never is.
    /// </summary>
    private static Process StartAppHost(int gatewayPort)
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var dll = Path.Combine(root, "AppHost", "bin", "Debug", "net10.0", "Crm.AppHost.dll");
        var info = new ProcessStartInfo("env")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(root, "AppHost"),
        };
        foreach (var arg in new[] { "--default-signal=INT,TERM", "dotnet", dll, "--environment=Development", $"--Gateway:Port={gatewayPort}",
                     "--MailCatcher:SmtpPort=0", "--MailCatcher:WebPort=0", "--Channels:Mail:Port=0",
                     $"--ASPNETCORE_URLS=http://127.0.0.1:{LoopbackPorts.Next()}",
                     $"--ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://127.0.0.1:{LoopbackPorts.Next()}" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> GatewayHealthyAsync(int port)
    {
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Every process started under the app host (DCP re-parents nothing: its tree holds them all).</summary>
    private static List<int> Descendants(int pid)
    {
        var found = new List<int>();
        var queue = new Queue<int>([pid]);
        while (queue.Count > 0)
        {
            foreach (var child in ProcessTree.Children(queue.Dequeue()))
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }

        // DCP's API server is started detached from the app host: it monitors the app host's pid instead.
        found.AddRange(Directory.GetDirectories("/proc").Select(Path.GetFileName)
            .Select(name => int.TryParse(name, CultureInfo.InvariantCulture, out var p) ? p : 0)
            .Where(p => p > 0 && ProcessTree.CommandLine(p).Contains($"--monitor {pid} ", StringComparison.Ordinal))
            .SelectMany(p => (List<int>)[p, .. Descendants(p)]));
        return [.. found.Distinct()];
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
